/**
 * The report a seller sees after switching some rules off for a marketplace: those
 * findings leave, and the score is recomputed without them. The marketplace's own
 * tier stays as estimated: the marketplace does not care what Rapi was told to skip.
 */
import { PROFILES } from './profiles';
import type { RuleId } from './rule-ids';
import { gradeFor, scoreFindings } from './score';
import type { QualityReport } from './types';

export function withoutRules(report: QualityReport, disabled: readonly RuleId[]): QualityReport {
  if (disabled.length === 0) return report;
  const findings = report.findings.filter((finding) => !disabled.includes(finding.ruleId));
  const score = scoreFindings(findings, PROFILES[report.marketplace].ruleWeights);
  return { ...report, findings, score, grade: gradeFor(score) };
}
