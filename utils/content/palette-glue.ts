/**
 * Content-script side of the snippet palette, shown as a popover at the caret
 * (palette-popover): opens on the extension command (relayed by the background as
 * `palette/open`, also what the side panel's button sends), or on the same keys pressed
 * in the page; searches and renders through the background (the snippets live in the
 * extension's IndexedDB); inserts at the caret the seller left in the page.
 *
 * Only the user opens it and only the user's field receives: the keys must be a
 * real (trusted) key press, and the caret tracker hands out a field only when the
 * user clicked or typed in it and it still has the focus (or the popover has it).
 * The popover's host is made on the first opening, so a page where the seller never
 * opens the palette gets no element from it.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { insertAtCaret } from '../dom/caret';
import type { Language } from '../i18n/translate';
import type { Listing } from '../listing/listing';
import type { MarketplaceId } from '../marketplaces/types';
import { TabMessageSchema } from '../messaging/agent-message';
import type { SnippetHit } from '../messaging/page-replies';
import { sendFromPage } from '../messaging/page-client';
import { createPalettePopover, type PalettePopover } from './palette-popover';
import { trackCaret } from './caret-tracker';
import { asOwnWrite } from './own-writes';
import { setPanelHost } from './panel-host';
import { paletteText } from './palette-text';
import { matchesShortcut } from './shortcut-keys';

export interface PaletteGlueDeps {
  /** The marketplace whose snippets are offered; undefined where the palette has no business (buyer and unknown pages). */
  marketplace(): MarketplaceId | undefined;
  /** The listing last read from the form, for a snippet's template (title, price…). */
  listing(): Listing | undefined;
  language(): Language;
}

export interface PaletteGlue {
  /** Opens the popover at the caret of the field the user chose; nothing when there is none. */
  open(): void;
  close(): void;
  search(query: string): Promise<SnippetHit[]>;
  insert(hit: SnippetHit, fields: Record<string, string>): Promise<string | null>;
  /** The language changed, or the page is no longer one for the palette: the popover goes (made again on the next opening). */
  reset(): void;
}

export function startPalette(ctx: ContentScriptContext, deps: PaletteGlueDeps, doc: Document = document): PaletteGlue {
  const caret = trackCaret(doc);
  ctx.onInvalidated(caret.stop);
  let popover: { ui: PalettePopover; abort: AbortController } | undefined;
  setPanelHost((node) => popover?.ui.owns(node) ?? false);

  const reset = () => {
    popover?.abort.abort();
    popover = undefined;
  };
  ctx.onInvalidated(reset);

  const search = async (query: string) => {
    const marketplace = deps.marketplace();
    if (!marketplace) return [];
    return (await sendFromPage({ type: 'snippets/search', query, marketplace })).hits;
  };

  const insert = async (hit: SnippetHit, fields: Record<string, string>): Promise<string | null> => {
    const language = deps.language();
    const target = caret.current();
    if (!target) return paletteText(language, 'noField');
    const listing = deps.listing();
    const rendered = await sendFromPage({
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
      return variables.length > 0 ? paletteText(language, 'missing', variables.join(', ')) : rendered.message[language];
    }
    // The field may have lost the focus while the snippet was rendered: ask again.
    const still = caret.current();
    if (!still || still.element !== target.element) return paletteText(language, 'noField');
    const result = await asOwnWrite(() => insertAtCaret(still, rendered.text));
    if (!result.ok) {
      return result.problem === 'too-long'
        ? paletteText(language, 'tooLong', String(result.wantedLength ?? 0), String(result.maxLength ?? 0))
        : paletteText(language, 'notAccepted');
    }
    void sendFromPage({ type: 'snippets/record-use', id: hit.id }).catch(() => undefined);
    return null;
  };

  const open = () => {
    if (ctx.isInvalid || !deps.marketplace()) return;
    const target = caret.current();
    if (!target) return;
    if (!popover) {
      const abort = new AbortController();
      const ui = createPalettePopover(doc, {
        search,
        insert,
        manage: () => void sendFromPage({ type: 'options/open' }).catch(() => undefined),
        language: deps.language(),
        signal: abort.signal,
      });
      popover = { ui, abort };
    }
    popover.ui.openAt(target.element);
  };

  const onMessage = (message: unknown, sender: { id?: string }) => {
    // Only this extension's background relays the command.
    if (sender?.id !== browser.runtime.id) return undefined;
    if (TabMessageSchema.safeParse(message).success) open();
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // The browser normally takes the command's keys before the page sees them; when it does not
  // (a page that captures keys first, or a test driving the page), the same keys work here.
  void sendFromPage({ type: 'palette/shortcut' })
    .then(({ keys }) => {
      if (!keys) return;
      ctx.addEventListener(
        doc,
        'keydown',
        (event) => {
          // A page can dispatch a KeyboardEvent with these keys; only a real key press opens the palette.
          if (!event.isTrusted || !matchesShortcut(event, keys) || !deps.marketplace()) return;
          event.preventDefault();
          open();
        },
        { capture: true },
      );
    })
    .catch(() => undefined);

  return { open, close: () => popover?.ui.close(), search, insert, reset };
}
