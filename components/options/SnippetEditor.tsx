/**
 * Create or edit one snippet. Saving goes through `createSnippet`/`updateSnippet`,
 * which validate: a body whose template is broken is refused there, never stored.
 * Unsaved changes survive the tab closing: they are kept as a draft while typed and brought
 * back next time, and the browser asks before the page closes with changes not saved.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type FormEvent } from 'react';
import { createSnippet, loadVariables, updateSnippet, type SnippetRow, type StoreResult } from '../../utils/db';
import { LANGUAGES, t, type Language } from '../../utils/i18n';
import { useDb } from './db-context';
import { inLanguage } from './in-language';
import { MarketplacePicker } from './MarketplacePicker';
import { clearSnippetDraft, draftStorage, readSnippetDraft, sameForm, writeSnippetDraft } from './snippet-draft';
import { draftFromForm, EMPTY_FORM, formFromSnippet, type SnippetForm } from './snippet-form';
import { SnippetPreview } from './SnippetPreview';
import { TextField } from './TextField';

export interface SnippetEditorProps {
  language: Language;
  /** Null for a new snippet. */
  snippet: SnippetRow | null;
  /** Show "saved" from the start (a snippet created a moment ago, reopened under its id). */
  saved?: boolean;
  autoFocus?: boolean;
  onSaved: (id: string) => void;
  onDelete?: () => void;
  onClose: () => void;
}

type TextKey = 'title' | 'body' | 'shortcut' | 'folder' | 'tags';
type Problem = Extract<StoreResult<unknown>, { ok: false }>['error'];
const NO_VARIABLES: Record<string, string> = {};

export function SnippetEditor({ language, snippet, saved = false, autoFocus = false, onSaved, onDelete, onClose }: SnippetEditorProps) {
  const db = useDb();
  const draftId = snippet?.id ?? null;
  /** The fields as stored: what "unsaved changes" are measured against. */
  const [stored, setStored] = useState<SnippetForm>(() => (snippet ? formFromSnippet(snippet) : EMPTY_FORM));
  const [restored, setRestored] = useState(() => {
    const draft = readSnippetDraft(draftStorage(), draftId);
    return draft !== null && !sameForm(draft, stored) ? draft : null;
  });
  const [form, setForm] = useState<SnippetForm>(() => restored ?? stored);
  const dirty = !sameForm(form, stored);

  useEffect(() => {
    if (dirty) writeSnippetDraft(draftStorage(), draftId, form);
    else clearSnippetDraft(draftStorage(), draftId);
  }, [dirty, draftId, form]);

  useEffect(() => {
    if (!dirty) return;
    // The draft above already keeps the text; the browser's own question lets the seller stay and save.
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);
  const [status, setStatus] = useState<'idle' | 'busy' | 'saved'>(saved ? 'saved' : 'idle');
  const [problem, setProblem] = useState<Problem | null>(null);
  const variables = useLiveQuery(() => loadVariables(db), [db], NO_VARIABLES);
  const folders = useLiveQuery(() => db.snippets.orderBy('folder').uniqueKeys(), [db], []);

  const change = <K extends keyof SnippetForm>(key: K, value: SnippetForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    if (status === 'saved') setStatus('idle');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (status === 'busy') return;
    setStatus('busy');
    let result: StoreResult<SnippetRow>;
    try {
      const draft = draftFromForm(form);
      result = snippet ? await updateSnippet(db, snippet.id, draft) : await createSnippet(db, draft);
    } catch {
      result = { ok: false, error: { code: 'invalid', message: t(language, 'options_error_unexpected') } };
    }
    if (!result.ok) {
      setProblem(result.error);
      setStatus('idle');
      return;
    }
    setProblem(null);
    clearSnippetDraft(draftStorage(), draftId);
    setRestored(null);
    setStored(formFromSnippet(result.value));
    setForm(formFromSnippet(result.value));
    setStatus('saved');
    onSaved(result.value.id);
  };

  const invalid = new Set(problem?.errors?.map((error) => error.field) ?? (problem?.code === 'duplicate-shortcut' ? ['shortcut'] : []));
  // Each distinct message once: the same problem twice says nothing new (and keys the list by its text).
  const messages = problem ? [...new Set(problem.errors?.map((error) => error.message) ?? [problem.message])] : [];
  const field = (name: TextKey) => ({ invalid: invalid.has(name), value: form[name], onChange: (value: string) => change(name, value) });

  return (
    <form
      className="snippet-editor"
      onSubmit={(event) => void save(event)}
      data-testid="snippet-editor"
      data-dirty={dirty || undefined}
      noValidate
    >
      <h3>{t(language, snippet ? 'options_editor_edit' : 'options_editor_new')}</h3>
      {restored && dirty && (
        <p className="options-hint" role="status" data-testid="snippet-draft-restored">
          {t(language, 'options_draft_restored')}{' '}
          <button
            type="button"
            className="options-link"
            data-testid="snippet-draft-discard"
            onClick={() => {
              setForm(stored);
              setRestored(null);
            }}
          >
            {t(language, 'options_draft_discard')}
          </button>
        </p>
      )}
      <TextField label={t(language, 'options_field_title')} testId="snippet-title" autoFocus={autoFocus} {...field('title')} />
      <div className="snippet-editor__row">
        <TextField
          label={t(language, 'options_field_shortcut')}
          hint={t(language, 'options_field_shortcut_hint')}
          testId="snippet-shortcut"
          {...field('shortcut')}
        />
        <TextField label={t(language, 'options_field_folder')} testId="snippet-folder" list="options-folders" {...field('folder')} />
        <datalist id="options-folders">
          {folders.map((folder) => (
            <option key={String(folder)} value={String(folder)} />
          ))}
        </datalist>
      </div>
      <TextField
        label={t(language, 'options_field_tags')}
        hint={t(language, 'options_field_tags_hint')}
        testId="snippet-tags"
        {...field('tags')}
      />
      <TextField
        label={t(language, 'options_field_body')}
        hint={t(language, 'options_field_body_hint')}
        testId="snippet-body"
        multiline
        {...field('body')}
      />
      <SnippetPreview language={language} body={form.body} variables={variables} />
      <MarketplacePicker language={language} value={form.marketplaces} onChange={(value) => change('marketplaces', value)} />
      <label className="options-field">
        <span>{t(language, 'options_field_language')}</span>
        <select
          value={form.language}
          onChange={(event) => change('language', event.target.value as Language)}
          data-testid="snippet-language"
        >
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(language, `language_${code}`)}
            </option>
          ))}
        </select>
      </label>
      {messages.length > 0 && (
        // The alert wraps the list: role="alert" on the <ul> itself took its list role from the items (axe: listitem).
        <div className="options-errors" role="alert" data-testid="snippet-error">
          <ul>
            {messages.map((message) => (
              <li key={message}>{inLanguage(message, language)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="options-actions">
        <button type="submit" className="options-primary" data-testid="snippet-save" disabled={status === 'busy'}>
          {t(language, 'options_save')}
        </button>
        <button type="button" className="options-secondary" data-testid="snippet-close" onClick={onClose}>
          {t(language, 'options_close')}
        </button>
        {onDelete && (
          <button type="button" className="options-danger" data-testid="editor-delete" onClick={onDelete}>
            {t(language, 'options_delete')}
          </button>
        )}
        {status === 'saved' && (
          <span className="options-ok" role="status" data-testid="snippet-saved">
            {t(language, 'options_saved')}
          </span>
        )}
      </div>
    </form>
  );
}
