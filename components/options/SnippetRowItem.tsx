/** One snippet in the list: title and shortcut open it, the rest is context. User text is only ever text. */
import type { SnippetRow } from '../../utils/db';
import { marketplaceName, t, type Language } from '../../utils/i18n';
import { plainPreview } from '../../utils/snippets/plain-preview';

const EXCERPT = 140;

export function excerpt(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

export interface SnippetRowItemProps {
  language: Language;
  row: SnippetRow;
  selected: boolean;
  onSelect: (id: string) => void;
  onDelete: (id: string) => void;
}

export function SnippetRowItem({ language, row, selected, onSelect, onDelete }: SnippetRowItemProps) {
  const where = row.marketplaces.length
    ? row.marketplaces.map((id) => marketplaceName(language, id)).join(', ')
    : t(language, 'options_all_marketplaces');
  return (
    <li className="snippet-row" data-testid="snippet-row" data-id={row.id} aria-current={selected || undefined}>
      <button type="button" className="snippet-row__open" onClick={() => onSelect(row.id)} data-testid="snippet-open">
        <span className="snippet-row__title" data-testid="snippet-row-title">
          {row.title}
        </span>
        {row.shortcut && <code className="snippet-row__shortcut">{row.shortcut}</code>}
      </button>
      <button
        type="button"
        className="snippet-row__delete"
        aria-label={t(language, 'options_delete_named', row.title)}
        title={t(language, 'options_delete')}
        onClick={() => onDelete(row.id)}
        data-testid="snippet-delete"
      >
        {t(language, 'options_delete')}
      </button>
      <p className="snippet-row__body" data-testid="snippet-row-body">
        {/* The list is no editor: "Garansi dari [nama toko]", never {{nama_toko}} (issue 15). */}
        {excerpt(plainPreview(row.body))}
      </p>
      <p className="snippet-row__meta">
        {row.folder && <span className="snippet-row__folder">{row.folder}</span>}
        {row.tags.map((tag) => (
          <span key={tag} className="snippet-row__tag">
            #{tag}
          </span>
        ))}
        <span>{where}</span>
        <span>{t(language, 'options_used_times', String(row.useCount))}</span>
      </p>
    </li>
  );
}
