/**
 * This session's audit against the last one: did the shop improve, where, and did the sellers do
 * what the mentor asked. Products are matched by key; a product on only one page is added or
 * removed, never compared, since the page may simply have shown a different part of the shop.
 */
import { AUDIT_ISSUE_IDS, issuesOf, type AuditIssueId } from './issues';
import { rescored } from './rescore';
import type { ActionItem, Audit, CardResult } from './schema';
import { issueCounts } from './summarise';

export interface Change {
  before: number | null;
  after: number | null;
  /** after − before; null when either side has no products. */
  change: number | null;
}

export interface ProductChange {
  key: string;
  title: string;
  before: number;
  after: number;
  change: number;
}

export type ActionStatus = 'pass' | 'fail' | 'unknown';

export interface AuditComparison {
  meanScore: Change;
  medianScore: Change;
  /** Products affected per issue, for every issue either audit has; most affected now first. */
  issues: { issue: AuditIssueId; before: number; after: number; change: number }[];
  /** Up by at least the threshold, biggest gain first. */
  improved: ProductChange[];
  /** Down by at least the threshold, biggest loss first. */
  worsened: ProductChange[];
  /** Keys of products on both pages that moved less than the threshold. */
  unchanged: string[];
  added: string[];
  removed: string[];
  /** Last session's action items, each with whether the listing it names now passes. */
  actions: { action: ActionItem; status: ActionStatus }[];
}

export interface CompareOptions {
  /** Points a score must move to count as improved or worsened (default 5): smaller moves are noise from rule tweaks. */
  threshold?: number;
}

const DEFAULT_THRESHOLD = 5;

function change(before: number | null, after: number | null): Change {
  return { before, after, change: before === null || after === null ? null : Math.round((after - before) * 10) / 10 };
}

function actionStatus(action: ActionItem, current: Audit, byKey: Map<string, CardResult>, counts: Map<AuditIssueId, number>): ActionStatus {
  if (action.ruleId === undefined) return 'unknown';
  if (action.productKey !== undefined) {
    const product = byKey.get(action.productKey);
    // Not on this page is not proof of a fix: the product may be on another page of the shop.
    if (!product) return 'unknown';
    return issuesOf(product).includes(action.ruleId) ? 'fail' : 'pass';
  }
  if (current.products.length === 0) return 'unknown';
  return (counts.get(action.ruleId) ?? 0) === 0 ? 'pass' : 'fail';
}

export function compareAudits(previousAsSaved: Audit, currentAsSaved: Audit, options: CompareOptions = {}): AuditComparison {
  // Two sessions scored by different models are judged again by today's, or the model's change would read as the shop's.
  const [previous, current] =
    previousAsSaved.scoring === currentAsSaved.scoring
      ? [previousAsSaved, currentAsSaved]
      : [rescored(previousAsSaved), rescored(currentAsSaved)];
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const before = new Map(previous.products.map((p) => [p.key, p]));
  const after = new Map(current.products.map((p) => [p.key, p]));
  const moved: ProductChange[] = [];
  const unchanged: string[] = [];
  for (const product of current.products) {
    const old = before.get(product.key);
    if (!old) continue;
    const delta = product.score - old.score;
    if (delta !== 0 && Math.abs(delta) >= threshold)
      moved.push({ key: product.key, title: product.card.title, before: old.score, after: product.score, change: delta });
    else unchanged.push(product.key);
  }
  const countsBefore = issueCounts(previous.products);
  const countsAfter = issueCounts(current.products);
  const issues = [...new Set([...countsBefore.keys(), ...countsAfter.keys()])]
    .map((issue) => {
      const [b, a] = [countsBefore.get(issue) ?? 0, countsAfter.get(issue) ?? 0];
      return { issue, before: b, after: a, change: a - b };
    })
    .sort((x, y) => y.after - x.after || y.before - x.before || AUDIT_ISSUE_IDS.indexOf(x.issue) - AUDIT_ISSUE_IDS.indexOf(y.issue));
  return {
    meanScore: change(previous.summary.meanScore, current.summary.meanScore),
    medianScore: change(previous.summary.medianScore, current.summary.medianScore),
    issues,
    improved: moved.filter((m) => m.change > 0).sort((x, y) => y.change - x.change),
    worsened: moved.filter((m) => m.change < 0).sort((x, y) => x.change - y.change),
    unchanged,
    added: current.products.filter((p) => !before.has(p.key)).map((p) => p.key),
    removed: previous.products.filter((p) => !after.has(p.key)).map((p) => p.key),
    actions: previous.actions.map((action) => ({ action, status: actionStatus(action, current, after, countsAfter) })),
  };
}
