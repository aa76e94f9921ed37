/** A product's issues as small labels; `limit` keeps a list item short and says how many more there are. */
import type { AuditIssueId } from '../../utils/audit';

interface Props {
  issues: readonly AuditIssueId[];
  labels: ReadonlyMap<AuditIssueId, string>;
  limit?: number;
  empty?: string;
}

export function IssueChips({ issues, labels, limit = Infinity, empty }: Props) {
  if (issues.length === 0) return empty ? <span className="report-chip report-chip--ok">{empty}</span> : null;
  // An issue without a name is left out rather than shown by its internal id.
  const named = issues.filter((issue) => labels.has(issue));
  const shown = named.slice(0, limit);
  return (
    <>
      {shown.map((issue) => (
        <span key={issue} className="report-chip">
          {labels.get(issue)}
        </span>
      ))}
      {named.length > shown.length && <span className="report-chip report-chip--more">+{named.length - shown.length}</span>}
    </>
  );
}
