/**
 * The report of one audit, top to bottom in the order a mentor presents it: the shop at a glance,
 * the progress since last time, the products to talk about, notes and actions, then every product.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Audit } from '../../utils/audit';
import { compareAudits } from '../../utils/audit/compare';
import type { RapiDb, SavedAudit } from '../../utils/db';
import { updateAuditNotes } from '../../utils/db/audits';
import { t, type Language } from '../../utils/i18n';
import { AdviceSection } from './AdviceSection';
import { ComparisonSection } from './ComparisonSection';
import { DistributionChart } from './DistributionChart';
import { ExtremesSection } from './ExtremesSection';
import { ReportExportSection } from '../export/ReportExportSection';
import { issueLabels } from '../shared/issue-label';
import { IssuesChart } from './IssuesChart';
import { clearDraft, pageStorage, readDraft, writeDraft } from '../shared/notes-draft';
import { NotesSection } from './NotesSection';
import { ProductTable } from './ProductTable';
import { ReportHeader } from './ReportHeader';
import { ReportTitleBar } from './ReportTitleBar';
import { SummarySection } from './SummarySection';
import { buildRows } from './table-model';
import { useAutosave } from './use-autosave';

type Notes = Pick<Audit, 'notes' | 'actions'>;

interface Props {
  db: RapiDb;
  saved: SavedAudit;
  previous: SavedAudit | null | undefined;
  language: Language;
}

export function ReportBody({ db, saved, previous, language }: Props) {
  const { audit } = saved;
  const save = useCallback(
    async (notes: Notes) => {
      if (!(await updateAuditNotes(db, saved.id, notes))) throw new Error(t(language, 'report_not_found', String(saved.id)));
    },
    [db, saved.id, language],
  );
  // A draft left by a page that closed before its last save finished wins over the stored notes.
  const [draft] = useState(() => readDraft(pageStorage(), saved.id));
  const notes = useAutosave<Notes>(draft ?? { notes: audit.notes, actions: audit.actions }, save, {
    startDirty: draft !== null,
    onUnsaved: (value) => writeDraft(pageStorage(), saved.id, value),
    onSaved: () => clearDraft(pageStorage(), saved.id),
  });
  const rows = useMemo(() => buildRows(audit.products), [audit.products]);
  const labels = useMemo(() => issueLabels(language), [language]);
  const exportProducts = useMemo(() => audit.products.map((p) => ({ key: p.key, title: p.card.title })), [audit.products]);
  const comparison = useMemo(() => (previous ? compareAudits(previous.audit, audit) : null), [previous, audit]);
  const shop = audit.shopName?.trim() || t(language, 'report_shop_unnamed');
  // What the exports hold: the audit with the notes as they are now, saved or not yet.
  const current = useCallback((): Audit => ({ ...audit, ...notes.value }), [audit, notes.value]);

  useEffect(() => {
    document.title = t(language, 'report_page_title', shop);
  }, [language, shop]);

  return (
    <main className="report-main" data-testid="report" data-id={saved.id}>
      <ReportTitleBar language={language} back />
      <ReportHeader audit={audit} shop={shop} language={language} current={current} />
      <SummarySection summary={audit.summary} language={language} />
      <div className="report-grid">
        <DistributionChart distribution={audit.summary.distribution} language={language} />
        <IssuesChart issues={audit.summary.topIssues} labels={labels} language={language} />
      </div>
      <AdviceSection issues={audit.summary.topIssues} language={language} />
      {previous === null && <p className="report-muted report-first">{t(language, 'report_comparison_first')}</p>}
      {previous && comparison && (
        <ComparisonSection comparison={comparison} previous={previous} current={audit} labels={labels} language={language} />
      )}
      <ExtremesSection audit={audit} rows={rows} labels={labels} language={language} />
      <NotesSection notes={notes} products={audit.products} labels={labels} language={language} />
      <ProductTable rows={rows} topIssues={audit.summary.topIssues} labels={labels} language={language} />
      {/* Optional (closed until the mentor opens it): what a destination abroad asks of each product. */}
      <ReportExportSection products={exportProducts} language={language} />
    </main>
  );
}
