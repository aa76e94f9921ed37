/**
 * Content-script side of the snippet palette: opens it on the extension command
 * (relayed by the background), on the same keys pressed in the page, or from the
 * panel; searches and renders through the background (the snippets live in the
 * extension's IndexedDB); inserts at the caret the seller left in the page.
 *
 * Only the user opens it and only the user's field receives: the keys must be a
 * real (trusted) key press, and the caret tracker hands out a field only when the
 * user clicked or typed in it and it still has the focus (or the palette has it).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PanelStore } from '../panel/panel-store';
import { insertAtCaret } from '../dom/caret';
import { t } from '../i18n';
import { TabMessageSchema, type SnippetHit } from '../messaging/protocol';
import { sendToBackground } from '../messaging/client';
import { trackCaret } from './caret-tracker';
import { asOwnWrite } from './own-writes';
import { matchesShortcut } from './shortcut-keys';

export interface PaletteGlue {
  open(): void;
  close(): void;
  search(query: string): Promise<SnippetHit[]>;
  insert(hit: SnippetHit, fields: Record<string, string>): Promise<string | null>;
}

export function startPalette(ctx: ContentScriptContext, store: () => PanelStore | undefined): PaletteGlue {
  const caret = trackCaret(document);
  ctx.onInvalidated(caret.stop);

  const open = () => {
    const panel = store();
    if (!panel) return;
    panel.set({ collapsed: false, palette: { hasTarget: caret.current() !== undefined } });
  };
  const close = () => store()?.set({ palette: undefined });

  const onMessage = (message: unknown) => {
    if (TabMessageSchema.safeParse(message).success) open();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // The browser normally takes the command's keys before the page sees them; when it does not
  // (a page that captures keys first, or a test driving the page), the same keys work here.
  void sendToBackground({ type: 'palette/shortcut' })
    .then(({ keys }) => {
      if (!keys) return;
      ctx.addEventListener(
        document,
        'keydown',
        (event) => {
          // A page can dispatch a KeyboardEvent with these keys; only a real key press opens the palette.
          if (!event.isTrusted || !matchesShortcut(event, keys)) return;
          event.preventDefault();
          open();
        },
        { capture: true },
      );
    })
    .catch(() => undefined);

  const language = () => store()?.get().language ?? 'id';

  return {
    open,
    close,
    search: async (query) => {
      const marketplace = store()?.get().match.marketplace;
      if (!marketplace) return [];
      return (await sendToBackground({ type: 'snippets/search', query, marketplace })).hits;
    },
    insert: async (hit, fields) => {
      const target = caret.current();
      if (!target) return t(language(), 'palette_no_field');
      const listing = store()?.get().listing?.read.listing;
      const rendered = await sendToBackground({
        type: 'snippets/render',
        id: hit.id,
        listing: listing
          ? {
              title: listing.title,
              priceIdr: listing.priceIdr,
              weightGrams: listing.weightGrams,
              stock: listing.stock,
              category: listing.category,
            }
          : {},
        fields,
      });
      if (!rendered.ok) {
        const variables = rendered.missing?.variables ?? [];
        return variables.length > 0 ? t(language(), 'palette_missing_variables', variables.join(', ')) : rendered.message[language()];
      }
      // The field may have lost the focus while the snippet was rendered: ask again.
      const still = caret.current();
      if (!still || still.element !== target.element) return t(language(), 'palette_no_field');
      const result = await asOwnWrite(() => insertAtCaret(still, rendered.text));
      if (!result.ok) {
        return result.problem === 'too-long'
          ? t(language(), 'notice_too_long', String(result.wantedLength ?? 0), String(result.maxLength ?? 0))
          : t(language(), 'notice_not_accepted');
      }
      void sendToBackground({ type: 'snippets/record-use', id: hit.id }).catch(() => undefined);
      store()?.set({ palette: undefined, notice: { kind: 'inserted' } });
      return null;
    },
  };
}
