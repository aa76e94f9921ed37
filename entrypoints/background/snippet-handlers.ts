/**
 * The background's answers to the palette. The snippets live in the extension's
 * IndexedDB; content scripts get only search hits and rendered text, through
 * typed messages. The snippet list is kept in memory and refreshed by Dexie's
 * live query whenever the options page (or an import) changes it.
 */
import { liveQuery } from 'dexie';
import type { RapiDb, SnippetRow } from '../../utils/db';
import { getSnippet, loadVariables, recordSnippetUse } from '../../utils/db';
import type { Handlers } from '../../utils/messaging/router';
import type { SnippetHit } from '../../utils/messaging/protocol';
import { listFillIns, parseTemplate, renderTemplate, searchSnippets } from '../../utils/snippets';

const PREVIEW = 160;

function hitOf(row: SnippetRow): SnippetHit {
  const parsed = parseTemplate(row.body);
  return {
    id: row.id,
    title: row.title.slice(0, 200),
    ...(row.shortcut && { shortcut: row.shortcut }),
    preview: row.body.replace(/\s+/g, ' ').slice(0, PREVIEW),
    fillIns: parsed.ok ? listFillIns(parsed.ast).slice(0, 20) : [],
  };
}

type SnippetHandlers = Pick<Handlers, 'snippets/search' | 'snippets/render' | 'snippets/by-shortcut' | 'snippets/record-use'>;

export function snippetHandlers(db: RapiDb, now: () => Date = () => new Date()): SnippetHandlers & { stop: () => void } {
  let rows: SnippetRow[] | undefined;
  const subscription = liveQuery(() => db.snippets.toArray()).subscribe({
    next: (value) => {
      rows = value;
    },
    // The database failed: forget the copy, so each request reads again and reports the failure
    // (the router answers `storage-unavailable`) instead of serving snippets it can no longer update.
    error: () => {
      rows = undefined;
    },
  });
  const all = async () => rows ?? (rows = await db.snippets.toArray());

  return {
    'snippets/search': async ({ query, marketplace }) => {
      const snippets = await all();
      const results = query.trim()
        ? searchSnippets(snippets, query, { marketplace, limit: 20 }).map((result) => result.snippet)
        : [...snippets].sort((a, b) => (b.lastUsedAt ?? 0) - (a.lastUsedAt ?? 0) || b.useCount - a.useCount).slice(0, 20);
      return { hits: results.map(hitOf) };
    },
    'snippets/render': async ({ id, listing, fields }) => {
      const row = await getSnippet(db, id);
      if (!row) return { ok: false, message: { id: 'Teks siap pakai tidak ditemukan.', en: 'Ready-made text not found.' } };
      const result = renderTemplate(row.body, { variables: await loadVariables(db), listing, fields, now: now() });
      if (result.ok) return { ok: true, text: result.text };
      const missing = result.error.missing;
      return {
        ok: false,
        message: result.error.text,
        ...(missing && { missing: { variables: [...missing.variables], fields: [...missing.fields] } }),
      };
    },
    'snippets/by-shortcut': async ({ shortcut, marketplace }) => {
      const wanted = shortcut.toLowerCase();
      const row = (await all()).find(
        (s) => s.shortcut?.toLowerCase() === wanted && (s.marketplaces.length === 0 || s.marketplaces.includes(marketplace)),
      );
      return { hit: row ? hitOf(row) : null };
    },
    'snippets/record-use': async ({ id }) => ({ recorded: await recordSnippetUse(db, id, now().getTime()) }),
    stop: () => subscription.unsubscribe(),
  };
}
