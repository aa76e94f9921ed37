/**
 * The shop at a glance, from its products' results: what a mentor reads first and what next
 * session's comparison is measured against. Deterministic (ties keep page order), so the same
 * page gives the same summary and two audits differ only where the shop did.
 */
import { AUDIT_ISSUE_IDS, issuesOf, type AuditIssueId } from './issues';
import type { AuditSummary, CardResult } from './schema';

const BUCKETS = [
  [0, 19],
  [20, 39],
  [40, 59],
  [60, 79],
  [80, 100],
] as const;
const EXTREMES = 5;

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function distribution(scores: readonly number[]): AuditSummary['distribution'] {
  return BUCKETS.map(([min, max]) => ({ min, max, count: scores.filter((s) => s >= min && s <= max).length }));
}

/** Products affected per issue, most first; ties in AUDIT_ISSUE_IDS order (rules before shop-level issues). */
export function issueCounts(products: readonly CardResult[]): Map<AuditIssueId, number> {
  const counts = new Map<AuditIssueId, number>();
  for (const product of products) for (const issue of issuesOf(product)) counts.set(issue, (counts.get(issue) ?? 0) + 1);
  return counts;
}

export function topIssues(products: readonly CardResult[]): AuditSummary['topIssues'] {
  const counts = issueCounts(products);
  const order = (id: AuditIssueId) => AUDIT_ISSUE_IDS.indexOf(id);
  return [...counts].sort(([a, x], [b, y]) => y - x || order(a) - order(b)).map(([issue, products]) => ({ issue, products }));
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** Products in page order with their index, sorted by score (`direction` 1: best first), page order breaking ties. */
function ranked(products: readonly CardResult[], direction: 1 | -1) {
  return products
    .map((product, index) => ({ product, index }))
    .sort((a, b) => direction * (b.product.score - a.product.score) || a.index - b.index);
}

/**
 * Keys of the weakest and the best products, never the same product in both: on a page of fewer
 * than ten products the weakest take the lower half (rounded up) and the best only what is left,
 * so a shop of three products shows two to fix and one to copy, not the same three twice.
 */
export function extremes(products: readonly CardResult[]): { worst: string[]; best: string[] } {
  const worst = ranked(products, -1)
    .slice(0, Math.min(EXTREMES, Math.ceil(products.length / 2)))
    .map(({ product }) => product.key);
  const taken = new Set(worst);
  const best = ranked(products, 1)
    .filter(({ product }) => !taken.has(product.key))
    .slice(0, EXTREMES)
    .map(({ product }) => product.key);
  return { worst, best };
}

export function summarise(products: readonly CardResult[], cardsOnPage: number): AuditSummary {
  const scores = products.map((p) => p.score);
  const grades = { A: 0, B: 0, C: 0, D: 0, E: 0 };
  const { best, worst } = extremes(products);
  for (const product of products) grades[product.grade]++;
  return {
    count: products.length,
    cardsOnPage,
    meanScore: mean(scores),
    medianScore: median(scores),
    distribution: distribution(scores),
    grades,
    topIssues: topIssues(products),
    localTagShare: share(products.filter((p) => p.localTags.length > 0).length, products.length),
    importSignalShare: share(products.filter((p) => p.importSignals).length, products.length),
    best,
    worst,
    adCount: products.filter((p) => p.card.isAd === true).length,
  };
}
