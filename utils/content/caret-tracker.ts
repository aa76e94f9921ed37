/**
 * Follows where the seller last typed in the page (not in Rapi's panel), so the
 * palette, which takes the focus, can insert there. An input keeps its selection
 * after losing focus; a rich editor does not, so its range is copied on every
 * selection change while it has the focus.
 */
import { captureCaret, type Caret } from '../dom/caret';
import { PANEL_HOST_TAG } from './panel-host';

export interface CaretTracker {
  /** The last caret in a page field, re-read for inputs (their selection survives blur). */
  current(): Caret | undefined;
  stop(): void;
}

export function trackCaret(doc: Document): CaretTracker {
  let last: Caret | undefined;
  const abort = new AbortController();
  const update = () => {
    const active = doc.activeElement;
    if (!active || active.localName === PANEL_HOST_TAG) return;
    const caret = captureCaret(doc);
    if (caret) last = caret;
  };
  doc.addEventListener('focusin', update, { capture: true, signal: abort.signal });
  doc.addEventListener('selectionchange', update, { signal: abort.signal });
  doc.addEventListener('keyup', update, { capture: true, signal: abort.signal });
  doc.addEventListener('mouseup', update, { capture: true, signal: abort.signal });
  return {
    current: () => {
      if (!last || !last.element.isConnected) return undefined;
      if (last.kind === 'control') {
        const el = last.element;
        return { ...last, start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
      }
      return last;
    },
    stop: () => abort.abort(),
  };
}
