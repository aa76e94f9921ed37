/** Short names for audit issues (chart labels, table chips, filters), from the `report_issue_*` locale keys. */
import { AUDIT_ISSUE_IDS, type AuditIssueId } from '../../utils/audit/issues';
import { t, type Language, type MessageKey } from '../../utils/i18n';

type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;
type IssueKey = `report_issue_${Snake<AuditIssueId>}`;

// Fails to compile when an issue has no short name in the Indonesian (reference) locale.
const everyIssueHasALabel: IssueKey extends MessageKey ? true : never = true;
void everyIssueHasALabel;

export function issueKey(id: AuditIssueId): IssueKey {
  return `report_issue_${id.replace(/-/g, '_')}` as IssueKey;
}

export function issueLabel(language: Language, id: AuditIssueId): string {
  return t(language, issueKey(id));
}

/** Every label at once, for code that names issues hundreds of times (the product table). */
export function issueLabels(language: Language): ReadonlyMap<AuditIssueId, string> {
  return new Map(AUDIT_ISSUE_IDS.map((id) => [id, issueLabel(language, id)]));
}
