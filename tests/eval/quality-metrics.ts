/**
 * The arithmetic of the quality evaluation, kept pure so it can be tested on made-up data:
 * per marketplace and rule, how many titles a rule flags (by severity), and against hand labels
 * how often it is right, how many labelled problems it catches, and how many labelled titles carry
 * at least one wrong error or wrong warning (the figures issue 12's acceptance is stated in).
 *
 * A finding is right when its rule id is in the title's label set (severity aside). A rule that fires
 * several times on one title counts once, at its worst severity: the seller sees one problem.
 */
import type { Severity } from '../../utils/quality/types';

export interface CheckedTitle {
  hash: string;
  marketplace: string;
  findings: readonly { ruleId: string; severity: Severity }[];
  /** The reviewer's problems (rule id → severity); undefined when the title is not labelled. */
  label?: Readonly<Record<string, Severity>>;
}

export interface Ratio {
  hits: number;
  total: number;
  /** hits / total, or null when total is 0. */
  value: number | null;
}

export interface RuleFigures {
  ruleId: string;
  /** Titles the rule flagged, by the worst severity it gave on each. */
  flagged: Record<Severity, number>;
  /** Labelled titles the rule flagged: hits are those whose label names the rule. */
  precision: Ratio;
  /** The same, counting only error- and warning-level firings (tips are advice). */
  precisionWarnOrError: Ratio;
  /** Labelled titles whose label names the rule at warning or error: hits are those the rule flagged at warning or error. */
  recall: Ratio;
}

export interface GroupFigures {
  titles: number;
  /** Every finding, by severity (a rule firing twice on one title counts twice here). */
  findings: Record<Severity, number>;
  labelled: number;
  /** Labelled titles with at least one error-level finding whose rule the label does not name. */
  falseError: Ratio;
  /** Labelled titles with at least one warning-level finding whose rule the label does not name. */
  falseWarning: Ratio;
  /** Labelled problems (warning or error in the label) caught at warning or error by the same rule. */
  recall: Ratio;
  rules: RuleFigures[];
}

export interface QualityEvalResult {
  overall: GroupFigures;
  byMarketplace: Record<string, GroupFigures>;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };
const serious = (severity: Severity) => severity !== 'tip';

const ratio = (hits: number, total: number): Ratio => ({ hits, total, value: total === 0 ? null : hits / total });

/** Each rule once per title, at the worst severity it gave. */
export function worstByRule(findings: CheckedTitle['findings']): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const { ruleId, severity } of findings) {
    const seen = worst.get(ruleId);
    if (seen === undefined || RANK[severity] < RANK[seen]) worst.set(ruleId, severity);
  }
  return worst;
}

function figures(titles: readonly CheckedTitle[]): GroupFigures {
  const rules = new Map<string, { flagged: Record<Severity, number>; p: [number, number]; pw: [number, number]; r: [number, number] }>();
  const rule = (id: string) => {
    let entry = rules.get(id);
    if (!entry) rules.set(id, (entry = { flagged: { error: 0, warning: 0, tip: 0 }, p: [0, 0], pw: [0, 0], r: [0, 0] }));
    return entry;
  };
  const findings: Record<Severity, number> = { error: 0, warning: 0, tip: 0 };
  let labelled = 0;
  let falseErrors = 0;
  let falseWarnings = 0;
  let caught = 0;
  let problems = 0;
  for (const title of titles) {
    for (const { severity } of title.findings) findings[severity]++;
    const fired = worstByRule(title.findings);
    for (const [id, severity] of fired) rule(id).flagged[severity]++;
    if (!title.label) continue;
    labelled++;
    const named = (id: string) => Object.hasOwn(title.label!, id);
    let wrongError = false;
    let wrongWarning = false;
    for (const [id, severity] of fired) {
      const entry = rule(id);
      const right = named(id) ? 1 : 0;
      entry.p[0] += right;
      entry.p[1]++;
      if (serious(severity)) {
        entry.pw[0] += right;
        entry.pw[1]++;
      }
      // The worst severity stands for the rule; a rule's findings on one title share one verdict.
      if (!right && severity === 'error') wrongError = true;
      if (!right && severity === 'warning') wrongWarning = true;
    }
    if (wrongError) falseErrors++;
    if (wrongWarning) falseWarnings++;
    for (const [id, severity] of Object.entries(title.label)) {
      if (!serious(severity)) continue;
      const found = fired.get(id);
      const hit = found !== undefined && serious(found) ? 1 : 0;
      rule(id).r[0] += hit;
      rule(id).r[1]++;
      caught += hit;
      problems++;
    }
  }
  return {
    titles: titles.length,
    findings,
    labelled,
    falseError: ratio(falseErrors, labelled),
    falseWarning: ratio(falseWarnings, labelled),
    recall: ratio(caught, problems),
    rules: [...rules]
      .map(([ruleId, e]) => ({
        ruleId,
        flagged: e.flagged,
        precision: ratio(e.p[0], e.p[1]),
        precisionWarnOrError: ratio(e.pw[0], e.pw[1]),
        recall: ratio(e.r[0], e.r[1]),
      }))
      .sort((a, b) => a.ruleId.localeCompare(b.ruleId)),
  };
}

export function evaluateQuality(titles: readonly CheckedTitle[]): QualityEvalResult {
  const groups = new Map<string, CheckedTitle[]>();
  for (const title of titles) {
    const group = groups.get(title.marketplace);
    if (group) group.push(title);
    else groups.set(title.marketplace, [title]);
  }
  return {
    overall: figures(titles),
    byMarketplace: Object.fromEntries([...groups].map(([marketplace, group]) => [marketplace, figures(group)])),
  };
}

/**
 * Recall restricted to some rules: of the labelled problems (warning or error) named by `ruleIds`,
 * the share the same rule flags at warning or error. Issue 12 states its recall target on the
 * problems it names (look-alikes, clone words, implausible prices, claims, promo words, several
 * products, the shop's name, contact details).
 */
export function recallOn(titles: readonly CheckedTitle[], ruleIds: readonly string[]): Ratio {
  let hits = 0;
  let total = 0;
  for (const title of titles) {
    if (!title.label) continue;
    const fired = worstByRule(title.findings);
    for (const [id, severity] of Object.entries(title.label)) {
      if (!serious(severity) || !ruleIds.includes(id)) continue;
      total++;
      const found = fired.get(id);
      if (found !== undefined && serious(found)) hits++;
    }
  }
  return ratio(hits, total);
}

/** Where the checker and a label disagree at warning or error (by hash, never the title text). */
export interface Disagreement {
  marketplace: string;
  hash: string;
  ruleId: string;
  /** `wrong`: the checker gave this severity on a rule the label does not name; `missed`: the label names it at warning/error and the checker gave at most a tip. */
  kind: 'wrong' | 'missed';
  checker: string;
  label: string;
}

export function disagreements(checked: readonly CheckedTitle[]): Disagreement[] {
  const out: Disagreement[] = [];
  for (const title of checked) {
    if (!title.label) continue;
    const fired = worstByRule(title.findings);
    for (const [ruleId, severity] of fired) {
      if (severity !== 'tip' && !Object.hasOwn(title.label, ruleId))
        out.push({ marketplace: title.marketplace, hash: title.hash, ruleId, kind: 'wrong', checker: severity, label: '—' });
    }
    for (const [ruleId, severity] of Object.entries(title.label)) {
      const found = fired.get(ruleId);
      if (severity !== 'tip' && (found === undefined || found === 'tip'))
        out.push({ marketplace: title.marketplace, hash: title.hash, ruleId, kind: 'missed', checker: found ?? '—', label: severity });
    }
  }
  return out;
}
