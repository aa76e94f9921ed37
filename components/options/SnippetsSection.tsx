/** The snippet manager: list on the left, editor on the right, undo after delete. */
import { useLiveQuery } from 'dexie-react-hooks';
import { type ReactNode, useEffect, useState } from 'react';
import { deleteSnippet, getSnippet, restoreSnippet, type SnippetRow } from '../../utils/db';
import { t, type Language } from '../../utils/i18n';
import { useDb } from './db-context';
import { editIdFromHash, hashForEdit } from './edit-hash';
import { inLanguage } from './in-language';
import { Section } from './Section';
import { SnippetEditor } from './SnippetEditor';
import { SnippetList } from './SnippetList';
import { UndoToast } from './UndoToast';

/** The editor's selection for a snippet not saved yet; never a stored id (those are UUIDs). */
const NEW = 'new';
const UNDO_SECONDS = 10;

export function SnippetsSection({ language }: { language: Language }) {
  const db = useDb();
  const [selected, setSelected] = useState<string | null>(() => editIdFromHash(location.hash));
  // Opened from the context menu: put the cursor in the title so the seller names the new snippet.
  const [fromMenu, setFromMenu] = useState(() => selected !== null);
  const [justCreated, setJustCreated] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<SnippetRow | null>(null);
  const [undoError, setUndoError] = useState<string | null>(null);

  useEffect(() => {
    const onHash = () => {
      const id = editIdFromHash(location.hash);
      if (id === null) return;
      setSelected(id);
      setFromMenu(true);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [deleted]);

  const row = useLiveQuery(
    async () => (selected === null || selected === NEW ? null : ((await getSnippet(db, selected)) ?? null)),
    [db, selected],
  );

  const select = (id: string | null) => {
    setSelected(id);
    setFromMenu(false);
    setJustCreated(null);
    // replaceState fires no hashchange: a reload reopens the same snippet.
    history.replaceState(null, '', `${location.pathname}${location.search}${hashForEdit(id === NEW ? null : id)}`);
  };

  const remove = async (id: string) => {
    const removed = await deleteSnippet(db, id);
    if (!removed) return;
    if (selected === id) select(null);
    setUndoError(null);
    setDeleted(removed);
  };

  const undo = async () => {
    if (!deleted) return;
    const result = await restoreSnippet(db, deleted);
    if (result.ok) setDeleted(null);
    else setUndoError(inLanguage(result.error.message, language));
  };

  let editor: ReactNode;
  if (selected === null) editor = <p className="options-empty">{t(language, 'options_editor_empty')}</p>;
  else if (selected === NEW) {
    editor = (
      <SnippetEditor
        key={NEW}
        language={language}
        snippet={null}
        onSaved={(id) => {
          select(id);
          setJustCreated(id);
        }}
        onClose={() => select(null)}
      />
    );
  } else if (row === null) {
    editor = (
      <p className="options-empty" data-testid="editor-not-found">
        {t(language, 'options_editor_not_found')}
      </p>
    );
  } else if (row !== undefined) {
    editor = (
      <SnippetEditor
        key={row.id}
        language={language}
        snippet={row}
        saved={justCreated === row.id}
        autoFocus={fromMenu}
        onSaved={() => undefined}
        onDelete={() => void remove(row.id)}
        onClose={() => select(null)}
      />
    );
  }

  return (
    <Section id="snippets" title={t(language, 'options_snippets_title')} lead={t(language, 'options_snippets_lead')}>
      <div className="snippets-layout">
        <SnippetList
          language={language}
          selectedId={selected}
          onSelect={select}
          onNew={() => select(NEW)}
          onDelete={(id) => void remove(id)}
        />
        <div className="snippets-editor">{editor}</div>
      </div>
      {deleted && (
        <UndoToast
          language={language}
          message={t(language, 'options_deleted', deleted.title)}
          error={undoError}
          onUndo={() => void undo()}
          onDismiss={() => setDeleted(null)}
        />
      )}
    </Section>
  );
}
