/**
 * The product table's rows: built once per audit (issues listed, search text normalised), then
 * sorted and filtered as plain arrays, so typing in the filter never redoes per-row work.
 */
import type { CardResult } from '../../utils/audit';
import { issuesOf, type AuditIssueId } from '../../utils/audit/issues';
import { previewText } from '../panel/format-value';

/** Long enough for any real marketplace title; a 10,000-character one is cut for display only. */
const TITLE_SHOWN = 300;

export const SORT_KEYS = ['title', 'price', 'score', 'grade', 'issues', 'local', 'ad'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  direction: Direction;
}

/** Worst first: the mentor starts with what needs most help. */
export const DEFAULT_SORT: Sort = { key: 'score', direction: 'asc' };

/** The direction a column sorts in when first chosen: the end that needs attention first. */
const FIRST_DIRECTION: Record<SortKey, Direction> = { title: 'asc', price: 'asc', score: 'asc', grade: 'desc', issues: 'desc', local: 'asc', ad: 'desc' };

export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

export interface ProductRow {
  product: CardResult;
  /** Position on the page: the last tie-breaker, so equal rows keep the shop's order. */
  index: number;
  /** The title to show: hidden characters (zero-width, bidi overrides) made visible, cut when absurdly long. */
  title: string;
  issues: AuditIssueId[];
  search: string;
}

/** Lowercase, without accents or repeated spaces: "Café  BATIK" finds "cafe batik". */
export function normaliseSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function buildRows(products: readonly CardResult[]): ProductRow[] {
  return products.map((product, index) => ({
    product,
    index,
    title: previewText(product.card.title, TITLE_SHOWN).text,
    issues: issuesOf(product),
    search: normaliseSearch(`${product.card.title} ${product.localTags.join(' ')}`),
  }));
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/** Compares by the chosen column only; undefined values (no price) are handled by the caller. */
function compareBy(key: SortKey, a: ProductRow, b: ProductRow): number {
  switch (key) {
    case 'title':
      return collator.compare(a.product.card.title, b.product.card.title);
    case 'price':
      return (a.product.card.priceIdr ?? 0) - (b.product.card.priceIdr ?? 0);
    case 'score':
      return a.product.score - b.product.score;
    case 'grade':
      return a.product.grade.localeCompare(b.product.grade);
    case 'issues':
      return a.issues.length - b.issues.length;
    case 'local':
      return a.product.localTags.length - b.product.localTags.length;
    case 'ad':
      return Number(a.product.card.isAd === true) - Number(b.product.card.isAd === true);
  }
}

export function sortRows(rows: readonly ProductRow[], sort: Sort): ProductRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.key === 'price') {
      // A product without a price goes last whichever way the column is sorted.
      const missing = Number(a.product.card.priceIdr === undefined) - Number(b.product.card.priceIdr === undefined);
      if (missing !== 0) return missing;
    }
    return sign * compareBy(sort.key, a, b) || a.product.score - b.product.score || a.index - b.index;
  });
}

export interface RowFilter {
  issue: AuditIssueId | null;
  text: string;
}

export const NO_FILTER: RowFilter = { issue: null, text: '' };

/** Rows with the issue and every word of the text (in any order). */
export function filterRows(rows: readonly ProductRow[], filter: RowFilter): readonly ProductRow[] {
  const words = normaliseSearch(filter.text).split(' ').filter(Boolean);
  if (filter.issue === null && words.length === 0) return rows;
  return rows.filter((row) => (filter.issue === null || row.issues.includes(filter.issue)) && words.every((word) => row.search.includes(word)));
}
