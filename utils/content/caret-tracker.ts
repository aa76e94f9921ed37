/**
 * Follows where the seller last typed in the page (not in Rapi's panel), so the
 * palette, which takes the focus, can insert there. An input keeps its selection
 * after losing focus; a rich editor does not, so its range is copied on every
 * selection change while it has the focus.
 *
 * Only the user chooses the field: it must have been clicked or typed in with real
 * (trusted) input. A focus a script moves (`el.focus()`) chooses nothing and drops
 * the choice; and the field counts only while it still has the focus, or the focus
 * went into Rapi's own panel. So a page cannot steer a snippet into a hidden field.
 */
import { captureCaret, type Caret } from '../dom/caret';
import { isOwnWrite } from './own-writes';
import { isPanelHost } from './panel-host';

export interface CaretTracker {
  /** The last caret in a page field the user chose and that still has the focus, re-read for inputs. */
  current(): Caret | undefined;
  stop(): void;
}

export function trackCaret(doc: Document): CaretTracker {
  let last: Caret | undefined;
  const abort = new AbortController();
  const options = { capture: true, signal: abort.signal };

  const focusedHere = (caret: Caret) => {
    const active = doc.activeElement;
    return active !== null && (active === caret.element || caret.element.contains(active));
  };

  /**
   * A trusted key press or click on the focused page field: that field is the user's choice. The
   * event must have gone to the field that has the focus, so a page that moves the focus away in
   * its own handler does not get its element chosen.
   */
  const choose = (event: Event) => {
    if (!event.isTrusted || isOwnWrite()) return;
    const active = doc.activeElement;
    const target = event.target as Node | null;
    if (!active || !target || isPanelHost(active)) return;
    if (target !== active && !active.contains(target)) return;
    // A key or click outside any field (the page body) chooses nothing and forgets nothing: the
    // focus check in `current` already refuses a field that lost the focus.
    const caret = captureCaret(doc);
    if (caret) last = caret;
  };
  for (const type of ['keydown', 'keyup', 'mouseup', 'pointerup']) doc.addEventListener(type, choose, options);

  // The focus moved to another page element (by the user or by a script): the old choice is over
  // until the user types or clicks in the new one. Focus going into Rapi's panel keeps it.
  doc.addEventListener(
    'focusin',
    (event) => {
      if (!last || isPanelHost(event.target) || isOwnWrite()) return;
      const target = event.target as Node | null;
      if (target && (target === last.element || last.element.contains(target))) return;
      last = undefined;
    },
    options,
  );
  // A rich editor forgets its range on blur: keep the latest while the chosen field has the focus.
  doc.addEventListener(
    'selectionchange',
    () => {
      if (last?.kind !== 'rich' || !focusedHere(last)) return;
      const caret = captureCaret(doc);
      if (caret?.element === last.element) last = caret;
    },
    { signal: abort.signal },
  );

  return {
    current: () => {
      if (!last?.element.isConnected) return undefined;
      const active = doc.activeElement;
      // "Still has the focus": the field itself, or Rapi's panel that the palette put the focus in.
      if (!focusedHere(last) && !isPanelHost(active)) return undefined;
      if (last.kind === 'control') {
        const el = last.element;
        return { ...last, start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
      }
      return last;
    },
    stop: () => abort.abort(),
  };
}
