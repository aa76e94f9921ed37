/** Products that moved since last time, and products on only one of the two pages. */
import { useMemo, useState } from 'react';
import type { Audit, AuditComparison } from '../../utils/audit';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { previewText } from '../shared/format-value';
import { formatChange } from './format';

/** Longer lists fold behind a button on screen (a mentor rarely needs more than the biggest moves); paper shows them whole. */
const FOLDED = 10;

interface Item {
  key: string;
  title: string;
  detail: string;
  tone?: 'report-good' | 'report-bad';
}

function List({ title, items, testId, language }: { title: MessageKey; items: Item[]; testId: string; language: Language }) {
  const [open, setOpen] = useState(false);
  const folded = open ? 0 : Math.max(0, items.length - FOLDED);
  return (
    <div className="report-change-list" data-testid={testId} data-count={items.length}>
      <h3 className="report-subtitle">{t(language, title, String(items.length))}</h3>
      {items.length === 0 ? (
        <p className="report-muted">{t(language, 'report_list_empty')}</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={item.key} className={!open && index >= FOLDED ? 'report-folded' : undefined}>
              <span className="report-change-list__title">{item.title}</span>
              <span className={`report-change-list__detail ${item.tone ?? ''}`}>{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
      {folded > 0 && (
        <button
          type="button"
          className="report-button report-button--quiet"
          // One such button per long list: the name says which list ("Tampilkan semua (12): Membaik (12)").
          aria-label={t(
            language,
            'named_button',
            t(language, 'report_show_all', String(items.length)),
            t(language, title, String(items.length)),
          )}
          onClick={() => setOpen(true)}
        >
          {t(language, 'report_show_all', String(items.length))}
        </button>
      )}
    </div>
  );
}

export function ChangeLists({
  comparison,
  previous,
  current,
  language,
}: {
  comparison: AuditComparison;
  previous: Audit;
  current: Audit;
  language: Language;
}) {
  const lists = useMemo(() => {
    const before = new Map(previous.products.map((p) => [p.key, p]));
    const after = new Map(current.products.map((p) => [p.key, p]));
    const moved = (list: AuditComparison['improved'], tone: Item['tone']): Item[] =>
      list.map((m) => ({
        key: m.key,
        title: previewText(m.title, 120).text,
        detail: `${m.before} → ${m.after} (${formatChange(m.change, language)})`,
        tone,
      }));
    const only = (keys: string[], from: Map<string, Audit['products'][number]>): Item[] =>
      keys.map((key) => ({
        key,
        title: previewText(from.get(key)?.card.title ?? key, 120).text,
        detail: String(from.get(key)?.score ?? ''),
      }));
    return {
      improved: moved(comparison.improved, 'report-good'),
      worsened: moved(comparison.worsened, 'report-bad'),
      added: only(comparison.added, after),
      removed: only(comparison.removed, before),
    };
  }, [comparison, previous, current, language]);

  return (
    <div className="report-grid report-grid--lists">
      <List title="report_improved" items={lists.improved} testId="report-improved" language={language} />
      <List title="report_worsened" items={lists.worsened} testId="report-worsened" language={language} />
      <List title="report_added" items={lists.added} testId="report-added" language={language} />
      <List title="report_removed" items={lists.removed} testId="report-removed" language={language} />
    </div>
  );
}
