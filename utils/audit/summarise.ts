/**
 * The shop at a glance, from its products' results: what a mentor reads first and what next
 * session's comparison is measured against. Deterministic (ties keep page order), so the same
 * page gives the same summary and two audits differ only where the shop did.
 */
import { AUDIT_ISSUE_IDS, issuesOf, type AuditIssueId } from './issues';
import type { AuditSummary, CardResult } from './schema';

const BUCKETS = [[0, 19], [20, 39], [40, 59], [60, 79], [80, 100]] as const;
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
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || order(a) - order(b))
    .map(([issue, products]) => ({ issue, products }));
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/** Keys of the `EXTREMES` best (highest score first) or worst (lowest first), page order breaking ties. */
function extremes(products: readonly CardResult[], direction: 1 | -1): string[] {
  return products
    .map((product, index) => ({ product, index }))
    .sort((a, b) => direction * (b.product.score - a.product.score) || a.index - b.index)
    .slice(0, EXTREMES)
    .map(({ product }) => product.key);
}

export function summarise(products: readonly CardResult[], cardsOnPage: number): AuditSummary {
  const scores = products.map((p) => p.score);
  const grades = { A: 0, B: 0, C: 0, D: 0, E: 0 };
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
    best: extremes(products, 1),
    worst: extremes(products, -1),
    adCount: products.filter((p) => p.card.isAd === true).length,
  };
}
