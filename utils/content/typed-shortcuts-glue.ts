/**
 * Typed snippet shortcuts: when the seller switched them on for this marketplace,
 * ";garansi" then a space in any page field is replaced by that snippet, rendered
 * by the background. A snippet that asks for fill-ins opens the palette instead.
 *
 * Only the user's own typing expands a shortcut: the input event must be trusted,
 * not caused by Rapi's own write, and backed by real key presses of the shortcut
 * and the space in that field, each space used once (see typed-keys). A page that
 * sets its field to ";garansi " and fires input, or calls execCommand, gets nothing.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isTextControl } from '../dom/field-kind';
import { writeFieldText } from '../dom/insert-text';
import { sendFromPage } from '../messaging/page-client';
import type { MarketplaceId } from '../marketplaces/types';
import { readTypedShortcuts, watchPageTypedShortcuts } from '../settings/page-settings';
import { findTypedTrigger } from '../snippets/typed-trigger';
import { insertAtCaret } from '../dom/caret';
import { asOwnWrite, isOwnWrite } from './own-writes';
import { isPanelHost } from './panel-host';
import { createTypedKeys } from './typed-keys';

export function startTypedShortcuts(
  ctx: ContentScriptContext,
  marketplace: () => MarketplaceId | undefined,
  openPalette: () => void,
): void {
  let enabled: Partial<Record<MarketplaceId, boolean>> = {};
  void readTypedShortcuts().then((value) => (enabled = value));
  ctx.onInvalidated(watchPageTypedShortcuts((value) => (enabled = value)));
  const keys = createTypedKeys();

  const expand = async (target: Element, id: string, range: { start: number; end: number }, rich: Range | null) => {
    const rendered = await sendFromPage({ type: 'snippets/render', id, listing: {}, fields: {} });
    if (!rendered.ok) return openPalette();
    // Insert only while the field the user typed in still has the focus.
    if (!target.isConnected || (document.activeElement !== target && !target.contains(document.activeElement))) return;
    const result = await asOwnWrite(() =>
      rich
        ? insertAtCaret({ kind: 'rich', element: target as HTMLElement, range: rich }, rendered.text)
        : writeFieldText(target, rendered.text, { range }),
    );
    if (result.ok) void sendFromPage({ type: 'snippets/record-use', id }).catch(() => undefined);
  };

  ctx.addEventListener(document, 'keydown', (event) => keys.press(event.target, event, performance.now()), { capture: true });

  ctx.addEventListener(
    document,
    'input',
    (event) => {
      if (!event.isTrusted || isOwnWrite()) return;
      const id = marketplace();
      const target = event.target as Element | null;
      if (!id || !enabled[id] || !target || isPanelHost(target)) return;
      let before: string;
      let rich: Range | null = null;
      if (isTextControl(target)) {
        before = target.value.slice(0, target.selectionStart ?? target.value.length);
      } else {
        // Rich editors: only a trigger inside one text node, which is how it is typed.
        const selection = document.getSelection();
        const node = selection?.anchorNode;
        if (!selection || !node || node.nodeType !== Node.TEXT_NODE || !(target as HTMLElement).isContentEditable) return;
        before = (node.textContent ?? '').slice(0, selection.anchorOffset);
        const trigger = findTypedTrigger(before);
        if (!trigger) return;
        rich = document.createRange();
        rich.setStart(node, trigger.start);
        rich.setEnd(node, trigger.end);
      }
      const trigger = findTypedTrigger(before);
      if (!trigger || !keys.authorize(target, trigger.shortcut, performance.now())) return;
      void sendFromPage({ type: 'snippets/by-shortcut', shortcut: trigger.shortcut, marketplace: id })
        .then(({ hit }) => {
          if (!hit) return;
          if (hit.fillIns.length > 0) return openPalette();
          return expand(target, hit.id, { start: trigger.start, end: trigger.end }, rich);
        })
        .catch(() => undefined);
    },
    { capture: true },
  );
}
