/** Search, folder, tag and sort above the snippet list. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { SnippetSort } from '../../utils/db';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { useDb } from './db-context';

export interface ListFilter {
  query: string;
  folder?: string;
  tag?: string;
  sort: SnippetSort;
}

const SORTS: readonly [SnippetSort, MessageKey][] = [
  ['recent', 'options_sort_recent'],
  ['most-used', 'options_sort_most_used'],
  ['title', 'options_sort_title'],
];

/** Select values: "*" for all, "=" + name for one (any text can be a folder or tag name, even "*"). */
const ALL = '*';
const toValue = (name: string | undefined) => (name === undefined ? ALL : `=${name}`);
const fromValue = (value: string) => (value === ALL ? undefined : value.slice(1));

export function SnippetFilters({
  language,
  filter,
  onChange,
}: {
  language: Language;
  filter: ListFilter;
  onChange: (filter: ListFilter) => void;
}) {
  const db = useDb();
  const folders = useLiveQuery(() => db.snippets.orderBy('folder').uniqueKeys(), [db], []);
  const tags = useLiveQuery(() => db.snippets.orderBy('tags').uniqueKeys(), [db], []);
  const set = (patch: Partial<ListFilter>) => onChange({ ...filter, ...patch });

  return (
    <div className="snippet-filters">
      <input
        type="search"
        className="snippet-filters__search"
        value={filter.query}
        placeholder={t(language, 'options_search')}
        aria-label={t(language, 'options_search')}
        onChange={(event) => set({ query: event.target.value })}
        data-testid="snippet-search"
      />
      <select
        aria-label={t(language, 'options_filter_folder')}
        value={toValue(filter.folder)}
        onChange={(event) => set({ folder: fromValue(event.target.value) })}
        data-testid="filter-folder"
      >
        <option value={ALL}>{t(language, 'options_filter_all_folders')}</option>
        {folders.map(String).map((folder) => (
          <option key={folder} value={toValue(folder)}>
            {folder === '' ? t(language, 'options_no_folder') : folder}
          </option>
        ))}
      </select>
      <select
        aria-label={t(language, 'options_filter_tag')}
        value={toValue(filter.tag)}
        onChange={(event) => set({ tag: fromValue(event.target.value) })}
        data-testid="filter-tag"
      >
        <option value={ALL}>{t(language, 'options_filter_all_tags')}</option>
        {tags.map(String).map((tag) => (
          <option key={tag} value={toValue(tag)}>
            #{tag}
          </option>
        ))}
      </select>
      <select
        aria-label={t(language, 'options_sort')}
        value={filter.sort}
        disabled={filter.query.trim() !== ''}
        title={filter.query.trim() ? t(language, 'options_sort_by_match') : undefined}
        onChange={(event) => set({ sort: SORTS.find(([sort]) => sort === event.target.value)?.[0] ?? 'recent' })}
        data-testid="snippet-sort"
      >
        {SORTS.map(([sort, key]) => (
          <option key={sort} value={sort}>
            {t(language, key)}
          </option>
        ))}
      </select>
    </div>
  );
}
