/**
 * The mentor report's optional export section (issue 16): for each audited product, what the chosen
 * destination asks for that the listing does not show. Closed until the mentor opens it, so a report
 * of 10,000 products checks nothing it will not show; then listed a page at a time. The audit keeps
 * titles only, so findings are marked unverified (the description may say it) and never errors.
 */
import { useMemo, useState } from 'react';
import { type ExportMarket, MARKETS } from '../../utils/export';
import { t, type Language } from '../../utils/i18n';
import { MarketPicker } from './MarketPicker';
import { type ReportProduct, productsReadiness } from './report-readiness';
import { useExportMarket } from './use-export-market';

const PAGE = 100;
const SEVERITY_LABEL = { error: 'export_severity_error', warning: 'export_severity_warning', tip: 'export_severity_tip' } as const;

export interface ReportExportSectionProps {
  products: readonly ReportProduct[];
  language: Language;
  initialMarket?: ExportMarket;
  /** Open from the start (tests, or a caller with its own toggle). */
  initiallyOpen?: boolean;
  onMarketChange?: (market: ExportMarket) => void;
}

function ReadinessList({ products, language, market }: { products: readonly ReportProduct[]; language: Language; market: ExportMarket }) {
  const rows = useMemo(() => productsReadiness(products, market), [products, market]);
  const [shown, setShown] = useState(PAGE);
  const missing = rows.filter((row) => row.findings.length > 0).length;
  const titlesOnly = products.some((product) => product.description === undefined);
  return (
    <>
      <p data-testid="report-export-summary">
        {t(language, 'export_report_summary', String(missing), String(rows.length), t(language, MARKETS[market].nameKey))}
      </p>
      {titlesOnly && <p className="report-muted">{t(language, 'export_report_titles_only')}</p>}
      <ol className="report-export__products" data-testid="report-export-products">
        {rows.slice(0, shown).map((row) => (
          <li key={row.key} data-testid="report-export-product" data-count={row.findings.length}>
            <span className="report-export__title">{row.title}</span>
            {row.findings.length === 0 ? (
              <span className="report-muted"> {t(language, 'export_report_ready')}</span>
            ) : (
              <ul>
                {row.findings.map((finding) => (
                  <li key={finding.ruleId} data-rule={finding.ruleId} data-severity={finding.severity}>
                    <strong>{t(language, SEVERITY_LABEL[finding.severity])}:</strong> {t(language, finding.messageKey, ...finding.params)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {rows.length > shown && (
        <button type="button" className="report-button" data-testid="report-export-more" onClick={() => setShown((n) => n + PAGE)}>
          {t(language, 'export_report_more', String(Math.min(PAGE, rows.length - shown)))}
        </button>
      )}
    </>
  );
}

export function ReportExportSection(props: ReportExportSectionProps) {
  const { products, language, onMarketChange } = props;
  const [open, setOpen] = useState(props.initiallyOpen ?? false);
  const [market, setMarket] = useExportMarket(props.initialMarket);
  return (
    <section className="report-card report-export" aria-labelledby="report-export-title" data-testid="report-export">
      <h2 id="report-export-title">{t(language, 'export_report_heading')}</h2>
      <button
        type="button"
        className="report-button"
        aria-expanded={open}
        data-testid="report-export-toggle"
        onClick={() => setOpen(!open)}
      >
        {t(language, open ? 'export_report_hide' : 'export_report_show')}
      </button>
      {open && (
        <>
          <MarketPicker
            language={language}
            market={market}
            testId="report-export-market"
            onChange={(next) => {
              setMarket(next);
              onMarketChange?.(next);
            }}
          />
          <ReadinessList products={products} language={language} market={market} />
        </>
      )}
    </section>
  );
}
