/**
 * The product table's rows: built once per audit (issues listed, search text normalised), then
 * sorted and filtered as plain arrays, so typing in the filter never redoes per-row work.
 */
import type { CardResult } from '../../utils/audit';
import { issuesOf, type AuditIssueId } from '../../utils/audit/issues';
import { previewText } from '../shared/format-value';

/** Long enough for any real marketplace title; a 10,000-character one is cut for display only. */
const TITLE_SHOWN = 300;

export const SORT_KEYS = ['title', 'price', 'score', 'grade', 'issues', 'local', 'ad'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Direction = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  direction: Direction;
}

/**
 * Rows on one screen page. The table is paged on screen (10,000 rows in the document took 4.7 s
 * to show and 3.3 s per sort click) and whole on paper and in the exports.
 */
export const PAGE_SIZE = 100;

/** The rows of one page; a page past the end (the filter narrowed the rows) shows the last page. */
export function pageRows<T>(rows: readonly T[], page: number, size: number = PAGE_SIZE): { page: number; rows: readonly T[] } {
  const last = Math.max(0, Math.ceil(rows.length / size) - 1);
  const shown = Math.min(Math.max(0, page), last);
  return { page: shown, rows: rows.slice(shown * size, (shown + 1) * size) };
}

/** Worst first: the mentor starts with what needs most help. */
export const DEFAULT_SORT: Sort = { key: 'score', direction: 'asc' };

/** The direction a column sorts in when first chosen: the end that needs attention first. */
const FIRST_DIRECTION: Record<SortKey, Direction> = {
  title: 'asc',
  price: 'asc',
  score: 'asc',
  grade: 'desc',
  issues: 'desc',
  local: 'asc',
  ad: 'desc',
};

export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key !== key) return { key, direction: FIRST_DIRECTION[key] };
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
}

export interface ProductRow {
  product: CardResult;
  /** Position on the page: the last tie-breaker, so equal rows keep the shop's order. */
  index: number;
  /** The title to show: hidden characters (zero-width, bidi overrides) made visible, cut when absurdly long. */
  readonly title: string;
  issues: AuditIssueId[];
  readonly search: string;
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

/**
 * A row's display title and search text are made when first read: the screen shows 100 rows of
 * 10,000, and the search text is needed only once the mentor types in the filter.
 */
class Row implements ProductRow {
  #title: string | undefined;
  #search: string | undefined;
  constructor(
    readonly product: CardResult,
    readonly index: number,
    readonly issues: AuditIssueId[],
  ) {}
  get title(): string {
    return (this.#title ??= previewText(this.product.card.title, TITLE_SHOWN).text);
  }
  get search(): string {
    return (this.#search ??= normaliseSearch(`${this.product.card.title} ${this.product.localTags.join(' ')}`));
  }
}

export function buildRows(products: readonly CardResult[]): ProductRow[] {
  return products.map((product, index) => new Row(product, index, issuesOf(product)));
}

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

/**
 * Each column as one number per row, computed once per table and kept while the rows live, so a
 * comparison while sorting is two array reads. Titles become their rank in Indonesian collation:
 * the collator, the one costly step, runs in a single sort, not on every one of the ~140,000
 * comparisons a sort of 10,000 rows makes on every click.
 */
type Columns = Map<SortKey, Float64Array>;
const COLUMNS = new WeakMap<readonly ProductRow[], Columns>();

function titleRanks(rows: readonly ProductRow[]): Float64Array {
  const titles = rows.map((row) => row.product.card.title);
  const order = titles.map((_, i) => i).sort((a, b) => collator.compare(titles[a]!, titles[b]!));
  const ranks = new Float64Array(rows.length);
  order.forEach((row, i) => {
    // Titles the collator calls equal share a rank, so the tie-breakers decide as before.
    ranks[row] = i > 0 && collator.compare(titles[order[i - 1]!]!, titles[row]!) === 0 ? ranks[order[i - 1]!]! : i;
  });
  return ranks;
}

/** The number a row sorts by in a column; a missing price is NaN (placed by `sortRows`). */
function columnOf(rows: readonly ProductRow[], key: SortKey): Float64Array {
  if (key === 'title') return titleRanks(rows);
  const value = (row: ProductRow): number => {
    const { product } = row;
    switch (key) {
      case 'price':
        return product.card.priceIdr ?? Number.NaN;
      case 'score':
        return product.score;
      case 'grade':
        return product.grade.charCodeAt(0);
      case 'issues':
        return row.issues.length;
      case 'local':
        return product.localTags.length;
      case 'ad':
        return product.card.isAd === true ? 1 : 0;
    }
  };
  return Float64Array.from(rows, value);
}

function column(rows: readonly ProductRow[], key: SortKey): Float64Array {
  let columns = COLUMNS.get(rows);
  if (!columns) COLUMNS.set(rows, (columns = new Map()));
  let values = columns.get(key);
  if (!values) columns.set(key, (values = columnOf(rows, key)));
  return values;
}

/** Works out a column's keys ahead of the first click on it (the title ranks take the longest). */
export function prepareSort(rows: readonly ProductRow[], key: SortKey): void {
  column(rows, key);
}

/** Sorted by the column, then worse score first, then page order; never reorders `rows` itself. */
export function sortRows(rows: readonly ProductRow[], sort: Sort): ProductRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const keys = column(rows, sort.key);
  const scores = column(rows, 'score');
  const pageOrder = Float64Array.from(rows, (row) => row.index);
  const missingLast = sort.key === 'price';
  const order = Array.from(rows, (_, i) => i).sort((a, b) => {
    if (missingLast) {
      // A product without a price goes last whichever way the column is sorted.
      const missing = Number(Number.isNaN(keys[a]!)) - Number(Number.isNaN(keys[b]!));
      if (missing !== 0) return missing;
    }
    return sign * (keys[a]! - keys[b]!) || scores[a]! - scores[b]! || pageOrder[a]! - pageOrder[b]!;
  });
  return order.map((i) => rows[i]!);
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
  return rows.filter(
    (row) => (filter.issue === null || row.issues.includes(filter.issue)) && words.every((word) => row.search.includes(word)),
  );
}
