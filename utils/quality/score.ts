/**
 * Score = 100 minus a deduction per rule and severity, clamped to 0–100. Each
 * (rule, severity) group deducts its base once, plus a quarter more per repeat up to
 * 5 findings, times the marketplace's weight for that rule. A listing with an error
 * is capped at 69 (grade C at best): the marketplace may block it, however good the
 * rest is. Every term only grows as findings are added, so adding a finding never
 * raises the score. Arithmetic is in integers so that holds exactly.
 */
import type { RuleId } from './rule-ids';
import type { Finding, Grade, Severity } from './types';

const BASE: Record<Severity, number> = { error: 25, warning: 10, tip: 3 };
const REPEATS_COUNTED = 5;
const ERROR_CAP = 69;

/** Weight as an integer percentage; a negative or non-finite weight would break the guarantee, so it becomes 100. */
function weightPercent(weight: number | undefined): number {
  if (weight === undefined || !Number.isFinite(weight) || weight < 0) return 100;
  return Math.round(Math.min(weight, 5) * 100);
}

export function scoreFindings(findings: readonly Finding[], weights: Partial<Record<RuleId, number>> = {}): number {
  const groups = new Map<string, { finding: Finding; count: number }>();
  for (const finding of findings) {
    const key = `${finding.ruleId} ${finding.severity}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { finding, count: 1 });
  }
  // Units of 1/400 point: base × weight% × quarters.
  let deduction = 0;
  for (const { finding, count } of groups.values()) {
    const quarters = 4 + Math.min(count, REPEATS_COUNTED) - 1;
    deduction += BASE[finding.severity] * weightPercent(weights[finding.ruleId]) * quarters;
  }
  const score = Math.max(0, Math.min(100, Math.round(100 - deduction / 400)));
  return findings.some((finding) => finding.severity === 'error') ? Math.min(score, ERROR_CAP) : score;
}

export function gradeFor(score: number): Grade {
  if (score >= 85) return 'A';
  if (score >= 70) return 'B';
  if (score >= 55) return 'C';
  if (score >= 40) return 'D';
  return 'E';
}
