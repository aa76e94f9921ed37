/** Rapi's mark and the page's name; in a report, the way back to the history. */
import { t, type Language } from '../../utils/i18n';

export function ReportTitleBar({ language, back = false }: { language: Language; back?: boolean }) {
  return (
    <div className="report-bar">
      <span className="report-logo" aria-hidden="true">
        R
      </span>
      <span className="report-bar__name">{t(language, 'report_title')}</span>
      {back && (
        // biome-ignore lint/a11y/useValidAnchor: the report routes by hash, and the empty hash is the audit history
        <a className="report-bar__back" href="#" data-testid="report-back">
          {t(language, 'report_back')}
        </a>
      )}
    </div>
  );
}
