/** Whose shop, where and when, and the buttons that take the report elsewhere (files, paper). */
import type { Audit } from '../../utils/audit';
import { marketplaceName, t, type Language } from '../../utils/i18n';
import { ExportButtons } from './ExportButtons';
import { formatDateTime } from './format';

interface Props {
  audit: Audit;
  shop: string;
  language: Language;
  current: () => Audit;
}

export function ReportHeader({ audit, shop, language, current }: Props) {
  return (
    <header className="report-header">
      <div className="report-header__text">
        <h1 data-testid="report-shop">{shop}</h1>
        {audit.shopNameFrom === 'title' && (
          // A search page lists many shops: say that the heading is the page's title, not a shop's name.
          <p className="report-header__meta" data-testid="report-shop-from-title">
            {t(language, 'report_shop_from_title')}
          </p>
        )}
        <p className="report-header__meta">
          <span className="report-pill">{marketplaceName(language, audit.marketplace)}</span>{' '}
          <span data-testid="report-date">{t(language, 'report_audited_at', formatDateTime(audit.at, language))}</span>
        </p>
        <p className="report-url" title={t(language, 'report_address')} data-testid="report-url">
          {audit.url}
        </p>
      </div>
      <ExportButtons current={current} language={language} />
    </header>
  );
}
