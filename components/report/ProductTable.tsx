/**
 * Every product, worst first, sortable by any column and filtered by issue and words. Rows are
 * built once per audit; sorting and filtering are array work in useMemo. On screen the table
 * shows a page of rows at a time (10,000 rows in the document made the first render and every
 * sort take seconds); on paper it holds every product, in the order chosen on screen.
 */
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { AuditIssueId, AuditSummary } from '../../utils/audit';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { ProductTablePager } from './ProductTablePager';
import { ProductTableRow } from './ProductTableRow';
import { TableFilters } from './TableFilters';
import {
  DEFAULT_SORT,
  filterRows,
  nextSort,
  NO_FILTER,
  PAGE_SIZE,
  pageRows,
  prepareSort,
  sortRows,
  type ProductRow,
  type RowFilter,
  type Sort,
  type SortKey,
} from './table-model';
import { usePrinting } from './use-printing';

const COLUMNS: { key: SortKey; label: MessageKey; className?: string }[] = [
  { key: 'title', label: 'report_col_title', className: 'report-col-title' },
  { key: 'price', label: 'report_col_price', className: 'report-num' },
  { key: 'score', label: 'report_col_score', className: 'report-num' },
  { key: 'grade', label: 'report_col_grade' },
  { key: 'issues', label: 'report_col_issues' },
  { key: 'local', label: 'report_col_local' },
  { key: 'ad', label: 'report_col_ad' },
];

interface Props {
  rows: readonly ProductRow[];
  topIssues: AuditSummary['topIssues'];
  labels: ReadonlyMap<AuditIssueId, string>;
  language: Language;
}

export const ProductTable = memo(function ProductTable({ rows, topIssues, labels, language }: Props) {
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const printing = usePrinting();
  const heading = useRef<HTMLHeadingElement>(null);
  const deferredFilter = useDeferredValue(filter);
  // Rank the titles while the mentor reads, so the first click on the title column is as quick as the rest.
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    const handle = idle(() => prepareSort(rows, 'title'));
    return () => cancel(handle as number);
  }, [rows]);
  const sorted = useMemo(() => sortRows(rows, sort), [rows, sort]);
  const shown = useMemo(() => filterRows(sorted, deferredFilter), [sorted, deferredFilter]);
  const onScreen = pageRows(shown, page);
  // Paper has no filter controls to say what was left out, so it lists every product.
  const inDocument = printing ? sorted : onScreen.rows;
  const adLabel = t(language, 'report_ad_yes');
  const changeSort = (key: SortKey) => {
    setSort(nextSort(sort, key));
    setPage(0);
  };
  const changeFilter = (next: RowFilter) => {
    setFilter(next);
    setPage(0);
  };
  const turnPage = (next: number) => {
    setPage(next);
    heading.current?.scrollIntoView?.({ block: 'start' });
  };

  return (
    <section className="report-card report-table-card" aria-labelledby="report-table-title">
      <h2 id="report-table-title" ref={heading}>
        {t(language, 'report_table')}
      </h2>
      {rows.length === 0 ? (
        <p className="report-muted">{t(language, 'report_no_products')}</p>
      ) : (
        <>
          <TableFilters
            filter={filter}
            onChange={changeFilter}
            topIssues={topIssues}
            labels={labels}
            language={language}
            shown={shown.length}
            total={rows.length}
          />
          <table className="report-table" data-testid="report-table" data-rows={inDocument.length} data-printing={printing || undefined}>
            <thead>
              <tr>
                {COLUMNS.map(({ key, label, className }) => {
                  const active = sort.key === key;
                  return (
                    <th
                      key={key}
                      scope="col"
                      className={className}
                      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      <button
                        type="button"
                        className="report-sort"
                        data-testid={`report-sort-${key}`}
                        title={t(language, 'report_sort_by', t(language, label))}
                        onClick={() => changeSort(key)}
                      >
                        {t(language, label)}
                        <span className="report-sort__arrow" aria-hidden="true">
                          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                      {/* Chromium repeats a table's head on every printed page, but not the buttons in it. */}
                      <span className="report-print report-th-print" aria-hidden="true">
                        {t(language, label)}
                      </span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {inDocument.map((row) => (
                <ProductTableRow key={row.product.key} row={row} labels={labels} adLabel={adLabel} />
              ))}
            </tbody>
          </table>
          {shown.length === 0 && !printing && <p className="report-muted report-empty">{t(language, 'report_no_rows')}</p>}
          <ProductTablePager page={onScreen.page} pageSize={PAGE_SIZE} total={shown.length} language={language} onPage={turnPage} />
        </>
      )}
    </section>
  );
});
