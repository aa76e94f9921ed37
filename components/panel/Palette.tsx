/**
 * The snippet palette: type to search (misspellings forgiven), arrows to choose,
 * Enter to insert where the seller was typing. Templates with fill-in fields ask
 * for them first. Snippet text is shown as text, never as HTML.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t, type Language } from '../../utils/i18n';
import type { SnippetHit } from '../../utils/messaging/protocol';

export interface PaletteProps {
  language: Language;
  hasTarget: boolean;
  search: (query: string) => Promise<SnippetHit[]>;
  /** Resolves to an error message to show, or null when inserted. */
  insert: (hit: SnippetHit, fields: Record<string, string>) => Promise<string | null>;
  close: () => void;
  manage: () => void;
}

/** The background answered that Rapi's database cannot be opened (a `MessagingError` with that code). */
const storageDown = (error: unknown) => (error as { body?: { code?: unknown } } | null)?.body?.code === 'storage-unavailable';

export function Palette({ language, hasTarget, search, insert, close, manage }: PaletteProps) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SnippetHit[]>([]);
  const [selected, setSelected] = useState(0);
  const [filling, setFilling] = useState<{ hit: SnippetHit; values: Record<string, string> } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    let current = true;
    void search(query).then(
      (found) => {
        if (!current) return;
        setHits(found);
        setSelected(0);
        setUnavailable(false);
      },
      (failure: unknown) => {
        if (!current) return;
        setHits([]);
        setUnavailable(storageDown(failure));
      },
    );
    return () => {
      current = false;
    };
  }, [query, search]);

  const choose = async (hit: SnippetHit | undefined, values: Record<string, string> = {}) => {
    if (!hit) return;
    if (hit.fillIns.length > 0 && !filling) {
      setFilling({ hit, values: Object.fromEntries(hit.fillIns.map((f) => [f.name, f.kind === 'choice' ? (f.options[0] ?? '') : ''])) });
      return;
    }
    let problem: string | null;
    try {
      problem = await insert(hit, values);
    } catch (failure) {
      if (!storageDown(failure)) throw failure;
      problem = t(language, 'palette_storage_unavailable');
    }
    if (problem) setError(problem);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Only the user's own keys act (the shadow root also stops script-made events before React).
    if (!event.nativeEvent.isTrusted) return;
    if (event.key === 'Escape') close();
    else if (event.key === 'ArrowDown') setSelected((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setSelected((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter' && !filling) {
      event.preventDefault();
      void choose(hits[selected]);
    } else return;
  };

  return (
    <div className="rapi-palette" role="dialog" aria-label={t(language, 'palette_title')} data-testid="rapi-palette" onKeyDown={onKeyDown}>
      <h3 className="rapi-section-title">{t(language, 'palette_title')}</h3>
      {!hasTarget && <p className="rapi-warn">{t(language, 'palette_no_field')}</p>}
      {error && (
        <p className="rapi-warn" role="alert" data-testid="rapi-palette-error">
          {error}
        </p>
      )}
      {filling ? (
        <form
          className="rapi-fill"
          onSubmit={(event) => {
            event.preventDefault();
            void choose(filling.hit, filling.values);
          }}
        >
          <p>{t(language, 'palette_fill_in')}</p>
          {filling.hit.fillIns.map((field) => (
            // biome-ignore lint/a11y/noLabelWithoutControl: the label wraps its control (a select or an input, chosen below)
            <label key={field.name} className="rapi-fill__row">
              <span>{field.name}</span>
              {field.kind === 'choice' ? (
                <select
                  value={filling.values[field.name]}
                  onChange={(e) => setFilling({ ...filling, values: { ...filling.values, [field.name]: e.target.value } })}
                >
                  {field.options.map((option) => (
                    <option key={option}>{option}</option>
                  ))}
                </select>
              ) : (
                <input
                  data-testid={`rapi-fill-${field.name}`}
                  value={filling.values[field.name] ?? ''}
                  onChange={(e) => setFilling({ ...filling, values: { ...filling.values, [field.name]: e.target.value } })}
                />
              )}
            </label>
          ))}
          <div className="rapi-finding__actions">
            <button type="submit" className="rapi-button" data-testid="rapi-fill-insert">
              {t(language, 'palette_insert')}
            </button>
            <button type="button" className="rapi-link" onClick={() => setFilling(null)}>
              {t(language, 'palette_cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          <input
            ref={input}
            className="rapi-palette__search"
            type="search"
            data-testid="rapi-palette-search"
            placeholder={t(language, 'palette_search')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a listbox of options driven from the search box (combobox pattern) */}
          <ul className="rapi-palette__list" role="listbox">
            {hits.map((hit, index) => (
              // biome-ignore lint/a11y/useFocusableInteractive: an option of the listbox; focus stays in the search box (combobox pattern)
              // biome-ignore lint/a11y/useKeyWithClickEvents: arrow keys and Enter in the search box move and choose the selection
              <li
                key={hit.id}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: options of a listbox driven from the search box
                role="option"
                aria-selected={index === selected}
                className={index === selected ? 'rapi-hit rapi-hit--selected' : 'rapi-hit'}
                data-testid="rapi-palette-hit"
                onMouseEnter={() => setSelected(index)}
                onClick={(event) => event.nativeEvent.isTrusted && void choose(hit)}
              >
                <strong>{hit.title}</strong> {hit.shortcut && <code className="rapi-chip">{hit.shortcut}</code>}
                <div className="rapi-note">{hit.preview}</div>
              </li>
            ))}
          </ul>
          {unavailable ? (
            <p className="rapi-warn" role="alert" data-testid="rapi-palette-storage">
              {t(language, 'palette_storage_unavailable')}
            </p>
          ) : (
            hits.length === 0 && <p className="rapi-note">{t(language, 'palette_empty')}</p>
          )}
          <p className="rapi-note">
            {t(language, 'palette_hint')} ·{' '}
            <button type="button" className="rapi-link" data-testid="rapi-manage-snippets" onClick={manage}>
              {t(language, 'palette_manage')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}
