/**
 * The markers the page agent draws beside the form's fields: per text field, how many
 * findings it has and the worst of their severities. Pure, from the quality report.
 */
import { TEXT_FIELDS, type TextField } from '../marketplaces/editor/types';
import { SEVERITIES, type Severity } from '../quality/severity';
import type { QualityReport } from '../quality/types';
import type { Marker } from '../messaging/tab-protocol';

const isTextField = (field: string): field is TextField => (TEXT_FIELDS as readonly string[]).includes(field);
/** SEVERITIES runs from worst to mildest. */
const worse = (a: Severity, b: Severity): Severity => (SEVERITIES.indexOf(a) <= SEVERITIES.indexOf(b) ? a : b);

/** One marker per text field with findings, in the form's field order; fields without findings get none. */
export function markersFor(report: Pick<QualityReport, 'findings'>, found?: readonly TextField[]): Marker[] {
  const byField = new Map<TextField, Marker>();
  for (const finding of report.findings) {
    if (!isTextField(finding.field)) continue;
    if (found && !found.includes(finding.field)) continue;
    const marker = byField.get(finding.field);
    if (marker) {
      marker.count += 1;
      marker.worst = worse(marker.worst, finding.severity);
    } else byField.set(finding.field, { field: finding.field, count: 1, worst: finding.severity });
  }
  return TEXT_FIELDS.flatMap((field) => byField.get(field) ?? []);
}
