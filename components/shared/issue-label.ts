/**
 * What the user reads about an audit issue: a short name (chart labels, table chips, filters,
 * `report_issue_*`) and one plain sentence of advice, what is wrong and what to do
 * (`advice_*`). Never the internal id: an issue with no text yet (a rule added since the
 * locales were written) reads as a generic "other issue" and generic advice.
 */
import { AUDIT_ISSUE_IDS, type AuditIssueId } from '../../utils/audit/issues';
import { catalogue, t, type Language, type MessageKey } from '../../utils/i18n';

type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;
type IssueKey = `report_issue_${Snake<AuditIssueId>}`;

// Fails to compile when an issue has no short name in the Indonesian (reference) locale.
const everyIssueHasALabel: IssueKey extends MessageKey ? true : never = true;
void everyIssueHasALabel;

const snake = (id: string) => id.replace(/-/g, '_');

export function issueKey(id: AuditIssueId): IssueKey {
  return `report_issue_${snake(id)}` as IssueKey;
}

/** `key` when the locale (or Indonesian, the reference) has it, else `fallback`. */
function known(language: Language, key: string, fallback: MessageKey): MessageKey {
  return key in catalogue(language) || key in catalogue('id') ? (key as MessageKey) : fallback;
}

export function issueLabel(language: Language, id: string): string {
  return t(language, known(language, `report_issue_${snake(id)}`, 'report_issue_other'));
}

/** One sentence: what is wrong and what to do about it. */
export function issueAdvice(language: Language, id: string): string {
  return t(language, known(language, `advice_${snake(id)}`, 'advice_other'));
}

/** Every label at once, for code that names issues hundreds of times (the product table). */
export function issueLabels(language: Language): ReadonlyMap<AuditIssueId, string> {
  return new Map(AUDIT_ISSUE_IDS.map((id) => [id, issueLabel(language, id)]));
}
