/**
 * What an audit counts as an issue: every quality rule, plus two that only make sense across a
 * shop in a local-product programme: imported goods, and local goods whose title hides that they
 * are local. One list, so the summary, the comparison and the action items count the same things.
 */
import { RULE_IDS } from '../quality/rule-ids';

export const AUDIT_ISSUE_IDS = [...RULE_IDS, 'import-signal', 'local-tag-missing'] as const;
export type AuditIssueId = (typeof AUDIT_ISSUE_IDS)[number];

interface Judged {
  findings: readonly { ruleId: AuditIssueId }[];
  importSignals: boolean;
  missingLocal: boolean;
}

/** The issues one product has, each once, in AUDIT_ISSUE_IDS order. */
export function issuesOf(result: Judged): AuditIssueId[] {
  const found = new Set<AuditIssueId>(result.findings.map((f) => f.ruleId));
  if (result.importSignals) found.add('import-signal');
  if (result.missingLocal) found.add('local-tag-missing');
  return AUDIT_ISSUE_IDS.filter((id) => found.has(id));
}
