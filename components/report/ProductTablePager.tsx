/** Moving through the product table a page of rows at a time (paper shows every row). */
import { t, type Language } from '../../utils/i18n';
import { formatNumber } from './format';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  language: Language;
  onPage: (page: number) => void;
}

export function ProductTablePager({ page, pageSize, total, language, onPage }: Props) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const number = (value: number) => formatNumber(value, language, 0);
  const first = page * pageSize + 1;
  const last = Math.min(total, first + pageSize - 1);
  return (
    <nav className="report-pager" aria-label={t(language, 'report_pager_label')} data-testid="report-pager">
      <button
        type="button"
        className="report-button report-button--quiet"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
        data-testid="report-page-prev"
      >
        {t(language, 'report_pager_prev')}
      </button>
      <span className="report-pager__status" data-testid="report-page-status" data-page={page + 1} data-pages={pages}>
        {t(language, 'report_pager_status', number(first), number(last), number(total), number(page + 1), number(pages))}
      </span>
      <button
        type="button"
        className="report-button report-button--quiet"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
        data-testid="report-page-next"
      >
        {t(language, 'report_pager_next')}
      </button>
    </nav>
  );
}
