/**
 * The background's answers to the palette. The snippets live in the extension's
 * IndexedDB; content scripts get only search hits and rendered text, through
 * typed messages. The snippets and their search index are kept in memory and
 * refreshed after every change (snippet-index.ts), so a search is only a search.
 */
import type { RapiDb, SnippetRow } from '../../utils/db';
import { getSnippet, loadVariables, recordSnippetUse } from '../../utils/db';
import type { Handlers } from '../../utils/messaging/router';
import type { SnippetHit } from '../../utils/messaging/protocol';
import { listFillIns, parseTemplate, renderTemplate, searchSnippets } from '../../utils/snippets';
import { plainPreview } from '../../utils/snippets/plain-preview';
import { keepSnippetIndex, type SnippetIndexKeeper } from './snippet-index';

const PREVIEW = 160;

function hitOf(row: SnippetRow): SnippetHit {
  const parsed = parseTemplate(row.body);
  return {
    id: row.id,
    title: row.title.slice(0, 200),
    ...(row.shortcut && { shortcut: row.shortcut }),
    // The seller sees no template syntax: `{{isi:ukuran}}` previews as "‹ukuran›".
    preview: plainPreview(row.body).replace(/\s+/g, ' ').slice(0, PREVIEW),
    fillIns: parsed.ok ? listFillIns(parsed.ast).slice(0, 20) : [],
  };
}

type SnippetHandlers = Pick<Handlers, 'snippets/search' | 'snippets/render' | 'snippets/by-shortcut' | 'snippets/record-use'>;

export function snippetHandlers(
  db: RapiDb,
  now: () => Date = () => new Date(),
  keeper: SnippetIndexKeeper = keepSnippetIndex(db),
): SnippetHandlers & { stop: () => void; keeper: SnippetIndexKeeper } {
  const all = keeper.rows;

  return {
    // The empty query lists the most recently, then most often, used snippets for this marketplace.
    'snippets/search': async ({ query, marketplace }) => {
      const results = searchSnippets(await keeper.index(), query, { marketplace, limit: 20 });
      return { hits: results.map((result) => hitOf(result.snippet)) };
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
    keeper,
    stop: () => keeper.stop(),
  };
}
