/**
 * Content-script glue for add/edit product pages: reads the listing with the
 * marketplace's adapter, re-reads it when the seller types or the page changes
 * (events and a mutation observer; no polling): the first change after a pause at once,
 * then at most every 50 ms while changes keep coming, always once after the last
 * (read-scheduler.ts); and runs teach mode.
 */
import { isEditable, isTextControl } from '../dom/field-kind';
import { uniqueSelector } from '../dom/unique-selector';
import { locateField, type TaughtSelectors } from '../marketplaces/editor/find-fields';
import { readListing, type ListingRead } from '../marketplaces/editor/read-listing';
import type { EditorAdapter, TextField } from '../marketplaces/editor/types';
import { readTaughtFields as loadTaughtFields, saveTaughtField as teachField } from '../settings/page-settings';
import { createReadScheduler } from './read-scheduler';
import { fromRapiHost } from './panel-host';

const HIGHLIGHT = '3px solid #f0b429';

export interface ListingControllerEvents {
  onRead: (read: ListingRead) => void;
  onTeaching: (field: TextField | null) => void;
}

export interface ListingController {
  teach(field: TextField): void;
  cancelTeach(): void;
  /** Scrolls to a field and highlights it; with a span, selects that text in an input or textarea. */
  focusField(field: TextField, span?: { start: number; end: number }): void;
  /** The element of a field, for writing into it. */
  element(field: TextField): Element | undefined;
  readNow(): ListingRead;
  dispose(): void;
}

const fromRapi = fromRapiHost;

export async function startListingController(
  doc: Document,
  adapter: EditorAdapter,
  events: ListingControllerEvents,
): Promise<ListingController> {
  // The first read does not wait for the stored taught fields (a round trip to the browser's storage,
  // on the way to the first markers): the adapter's own selectors first, then again with the taught
  // ones if the seller taught any. A field taught meanwhile wins over the stored one.
  let taught: TaughtSelectors = {};
  let disposed = false;
  const abort = new AbortController();
  const { signal } = abort;

  const read = () => {
    const result = readListing(doc, adapter, taught);
    events.onRead(result);
    return result;
  };
  const scheduleRead = createReadScheduler(read);
  const readNow = () => {
    scheduleRead.noteRead();
    return read();
  };
  for (const type of ['input', 'change']) doc.addEventListener(type, scheduleRead, { capture: true, signal });
  // Fields rendered late by the page's framework, and rich editors that change without input events.
  const observer = new MutationObserver(scheduleRead);
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });

  let teaching: { field: TextField; stop: () => void } | null = null;
  const stopTeaching = () => {
    teaching?.stop();
    teaching = null;
    events.onTeaching(null);
  };

  const teach = (field: TextField) => {
    stopTeaching();
    const local = new AbortController();
    let outlined: { el: HTMLElement; previous: string } | null = null;
    const unOutline = () => {
      if (outlined) outlined.el.style.outline = outlined.previous;
      outlined = null;
    };
    const editableAt = (event: Event) => {
      const target = event.target as Element | null;
      const el = target?.closest('input, textarea, [contenteditable]');
      return el && isEditable(el) ? el : undefined;
    };
    doc.addEventListener(
      'pointerover',
      (event) => {
        if (fromRapi(event)) return;
        const el = editableAt(event) as HTMLElement | undefined;
        if (el === outlined?.el) return;
        unOutline();
        if (el) outlined = { el, previous: el.style.outline };
        if (el) el.style.outline = HIGHLIGHT;
      },
      { capture: true, signal: local.signal },
    );
    doc.addEventListener(
      'click',
      (event) => {
        // Only the user's own click teaches a field; a page's synthetic click must not pick one.
        if (!event.isTrusted || fromRapi(event)) return;
        const el = editableAt(event);
        const selector = el ? uniqueSelector(el) : undefined;
        if (!selector) return;
        taught = { ...taught, [field]: selector };
        stopTeaching();
        void teachField(adapter.marketplace, field, selector).then(readNow);
      },
      { capture: true, signal: local.signal },
    );
    doc.addEventListener('keydown', (event) => event.isTrusted && event.key === 'Escape' && stopTeaching(), {
      capture: true,
      signal: local.signal,
    });
    teaching = {
      field,
      stop: () => {
        local.abort();
        unOutline();
      },
    };
    events.onTeaching(field);
  };

  const element = (field: TextField) => locateField(doc, adapter, field, taught)?.element;

  const focusField = (field: TextField, span?: { start: number; end: number }) => {
    const el = element(field) as HTMLElement | undefined;
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.focus({ preventScroll: true });
    if (span && isTextControl(el)) el.setSelectionRange(span.start, span.end);
    const previous = el.style.outline;
    el.style.outline = HIGHLIGHT;
    setTimeout(() => (el.style.outline = previous), 1500);
  };

  readNow();
  void loadTaughtFields(adapter.marketplace)
    .then((stored) => {
      if (disposed || Object.keys(stored).length === 0) return;
      taught = { ...stored, ...taught };
      readNow();
    })
    .catch(() => undefined);
  return {
    teach,
    cancelTeach: stopTeaching,
    focusField,
    element,
    readNow,
    dispose: () => {
      disposed = true;
      stopTeaching();
      scheduleRead.cancel();
      observer.disconnect();
      abort.abort();
    },
  };
}
