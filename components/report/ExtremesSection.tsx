/** The five best products (what to copy) beside the five weakest (what to fix first). */
import { useMemo } from 'react';
import type { Audit, AuditIssueId } from '../../utils/audit';
import { extremes } from '../../utils/audit/summarise';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { ScoreRing } from '../shared/ScoreRing';
import { IssueChips } from './IssueChips';
import { ProductTitle } from './ProductTitle';
import type { ProductRow } from './table-model';

interface Props {
  audit: Audit;
  rows: readonly ProductRow[];
  labels: ReadonlyMap<AuditIssueId, string>;
  language: Language;
}

function Extremes({
  title,
  keys,
  byKey,
  labels,
  language,
  testId,
}: { title: MessageKey; keys: string[]; byKey: Map<string, ProductRow>; testId: string } & Pick<Props, 'labels' | 'language'>) {
  return (
    <section className="report-card report-extremes">
      <h2>{t(language, title)}</h2>
      <ol className="report-extremes__list" data-testid={testId}>
        {keys.map((key) => {
          const row = byKey.get(key);
          if (!row) return null;
          const { product } = row;
          return (
            <li key={key} className="report-extreme" data-key={key} data-score={product.score}>
              <ScoreRing
                score={product.score}
                grade={product.grade}
                label={t(language, 'report_score', String(product.score), product.grade)}
              />
              <div className="report-extreme__text">
                <ProductTitle title={row.title} url={product.card.url} />
                <div className="report-chips">
                  <IssueChips issues={row.issues} labels={labels} limit={3} empty={t(language, 'report_no_issues')} />
                </div>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function ExtremesSection({ audit, rows, labels, language }: Props) {
  const byKey = useMemo(() => new Map(rows.map((row) => [row.product.key, row])), [rows]);
  // Worked out again from the products rather than read from the saved summary: audits saved before
  // the two lists were kept apart can name one product in both.
  const { worst, best } = useMemo(() => extremes(audit.products), [audit.products]);
  if (audit.products.length === 0) return null;
  return (
    <div className="report-grid">
      <Extremes title="report_worst" keys={worst} byKey={byKey} labels={labels} language={language} testId="report-worst" />
      <Extremes title="report_best" keys={best} byKey={byKey} labels={labels} language={language} testId="report-best" />
    </div>
  );
}
