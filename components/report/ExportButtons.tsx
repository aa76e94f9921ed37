/**
 * The audit as a spreadsheet, as JSON for another Rapi, or on paper (the browser saves PDF from
 * print). The CSV writer (papaparse) is loaded on first use: most visits never export.
 */
import type { Audit } from '../../utils/audit';
import { auditToJson } from '../../utils/audit/export-json';
import { t, type Language } from '../../utils/i18n';
import { downloadText } from './download';
import { exportFileName } from './format';

export function ExportButtons({ current, language }: { current: () => Audit; language: Language }) {
  const csv = async () => {
    const audit = current();
    const { auditToCsv } = await import('../../utils/audit/export-csv');
    downloadText(exportFileName(audit, 'csv'), auditToCsv(audit), 'text/csv;charset=utf-8');
  };
  const json = () => {
    const audit = current();
    downloadText(exportFileName(audit, 'json'), auditToJson(audit), 'application/json');
  };
  return (
    <div className="report-exports">
      <button type="button" className="report-button" data-testid="report-export-csv" onClick={() => void csv()}>
        {t(language, 'report_export_csv')}
      </button>
      <button type="button" className="report-button" data-testid="report-export-json" onClick={json}>
        {t(language, 'report_export_json')}
      </button>
      <button type="button" className="report-button report-button--primary" data-testid="report-print" onClick={() => window.print()}>
        {t(language, 'report_print')}
      </button>
    </div>
  );
}
