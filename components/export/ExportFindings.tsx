/** The readiness findings for one listing and market, grouped by severity: what to add, and why on request. */
import type { ExportReport } from '../../utils/export';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { SEVERITIES } from '../../utils/quality/types';

const SEVERITY_LABEL = { error: 'export_severity_error', warning: 'export_severity_warning', tip: 'export_severity_tip' } as const;

export const kindLabel = (language: Language, kind: string) => t(language, `export_kind_${kind.replace(/-/g, '_')}` as MessageKey);

export function ExportFindings({ report, language, testId }: { report: ExportReport; language: Language; testId: string }) {
  if (report.findings.length === 0) {
    return (
      <p className="rapi-note" data-testid={`${testId}-none`}>
        {t(language, 'export_no_findings')}
      </p>
    );
  }
  return (
    <div data-testid={testId}>
      {SEVERITIES.map((severity) => {
        const findings = report.findings.filter((finding) => finding.severity === severity);
        if (findings.length === 0) return null;
        return (
          <div key={severity} className={`rapi-group rapi-group--${severity}`}>
            <h3 className="rapi-group__title">{t(language, SEVERITY_LABEL[severity])}</h3>
            <ul className="rapi-findings">
              {findings.map((finding) => (
                <li
                  key={finding.ruleId}
                  className="rapi-finding"
                  data-testid={`${testId}-${finding.ruleId}`}
                  data-severity={finding.severity}
                  data-unverified={finding.unverified ? 'true' : undefined}
                >
                  <span className="rapi-finding__text">{t(language, finding.messageKey, ...finding.params)}</span>
                  {finding.unverified && <div className="rapi-note">{t(language, 'export_unverified')}</div>}
                  <details className="rapi-note">
                    <summary>{t(language, 'quality_why')}</summary>
                    {t(language, finding.whyKey)}
                  </details>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
