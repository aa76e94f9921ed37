/** The stored snippets, live: filtered by folder and tag in the database, searched like the palette. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { listSnippets } from '../../utils/db';
import { t, type Language } from '../../utils/i18n';
import { searchSnippets } from '../../utils/snippets';
import { useDb } from './db-context';
import { SnippetFilters, type ListFilter } from './SnippetFilters';
import { SnippetRowItem } from './SnippetRowItem';

/** Rows drawn at once; search or filter to reach the rest of a large collection. */
const MAX_SHOWN = 200;

export interface SnippetListProps {
  language: Language;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onNew: () => void;
  onDelete: (id: string) => void;
}

export function SnippetList({ language, selectedId, onSelect, onNew, onDelete }: SnippetListProps) {
  const db = useDb();
  const [filter, setFilter] = useState<ListFilter>({ query: '', sort: 'recent' });
  const { folder, tag, sort, query } = filter;
  const rows = useLiveQuery(() => listSnippets(db, { folder, tag, sort }), [db, folder, tag, sort]);
  const total = useLiveQuery(() => db.snippets.count(), [db]);

  const found = useMemo(() => {
    if (!rows || query.trim() === '') return rows;
    return searchSnippets(rows, query, { limit: Math.max(rows.length, 1) }).map((result) => result.snippet);
  }, [rows, query]);

  return (
    <div className="snippet-list">
      <div className="snippet-list__top">
        <button type="button" className="options-primary" onClick={onNew} data-testid="options-new">
          {t(language, 'options_new')}
        </button>
        {total !== undefined && (
          <span className="options-muted" data-testid="snippet-count">
            {found && found.length !== total
              ? t(language, 'options_count_filtered', String(found.length), String(total))
              : t(language, 'options_count', String(total))}
          </span>
        )}
      </div>
      <SnippetFilters language={language} filter={filter} onChange={setFilter} />
      {found && found.length === 0 && (
        <p className="options-empty" data-testid="snippet-list-empty">
          {total === 0 ? t(language, 'options_list_empty') : t(language, 'options_list_no_match')}
        </p>
      )}
      <ul className="snippet-list__rows">
        {found?.slice(0, MAX_SHOWN).map((row) => (
          <SnippetRowItem
            key={row.id}
            language={language}
            row={row}
            selected={row.id === selectedId}
            onSelect={onSelect}
            onDelete={onDelete}
          />
        ))}
      </ul>
      {found && found.length > MAX_SHOWN && (
        <p className="options-muted">{t(language, 'options_list_more', String(found.length - MAX_SHOWN))}</p>
      )}
    </div>
  );
}
