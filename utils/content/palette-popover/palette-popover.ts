/**
 * The snippet palette as a small popover at the caret of the field being typed
 * in (vanilla DOM in a closed shadow root: no React in the content script).
 *
 * A search box (combobox) drives a listbox of results: arrows move, Enter
 * inserts, Escape closes; the list itself can take the focus when it scrolls.
 * A result with fill-ins ("isian") asks for them inline, each with its label.
 * Focus goes back to the field after inserting and after Escape, with a rich
 * editor's caret put back where it was. Template syntax is never shown: previews
 * name fill-ins by their plain label. Keys typed here do not reach the page's own
 * handlers, and script-made events do nothing (isolated-host.ts).
 */
import { caretRect } from '../../dom/caret-rect';
import type { Language } from '../../i18n/translate';
import type { SnippetHit } from '../../messaging/protocol';
import { plainPreview } from '../../snippets/plain-preview';
import { createIsolatedHost } from '../isolated-host';
import { viewportOf } from '../markers/geometry';
import { placePopover } from './place-popover';
import { POPOVER_CSS, POPOVER_MAX_HEIGHT, POPOVER_WIDTH } from './popover-styles';
import { popoverText, type PopoverTextKey } from './popover-text';

export interface PalettePopoverOptions {
  search(query: string): SnippetHit[] | Promise<SnippetHit[]>;
  /** Inserts the snippet where the seller was typing; resolves to a message to show, or null when inserted. */
  insert(hit: SnippetHit, fillIns: Record<string, string>): Promise<string | null>;
  /** Opens the place where snippets are managed (the options page). */
  manage(): void;
  language: Language;
  /** Aborting it removes the popover for good. */
  signal?: AbortSignal;
}

export interface PalettePopover {
  /** Opens at the caret of `field` (the trigger: focus returns there) and searches for the empty query. */
  openAt(field: HTMLElement): void;
  close(): void;
  isOpen(): boolean;
  /** True for the popover's host element: where `document.activeElement` points while the popover has the focus. */
  owns(node: unknown): boolean;
}

export const POPOVER_HOST_TAG = 'rapi-palette';

/** The background said Rapi's database cannot be opened (a `MessagingError` with that code). */
const storageDown = (error: unknown) => (error as { body?: { code?: unknown } } | null)?.body?.code === 'storage-unavailable';

const fillLabel = (name: string) => name.replace(/_/g, ' ');

export function createPalettePopover(doc: Document, options: PalettePopoverOptions): PalettePopover {
  const abort = new AbortController();
  const signal = abort.signal;
  const view = doc.defaultView;
  const { host, root } = createIsolatedHost(doc, POPOVER_HOST_TAG, POPOVER_CSS, signal);
  const text = (key: PopoverTextKey, ...subs: string[]) => popoverText(options.language, key, ...subs);
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, content?: string) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (content !== undefined) node.textContent = content;
    return node;
  };

  const dialog = el('div', { class: 'pop', role: 'dialog', 'aria-labelledby': 'rapi-pop-title' });
  dialog.hidden = true;
  const title = el('h2', { class: 'title', id: 'rapi-pop-title' }, text('title'));
  const searchView = el('div', { class: 'view' });
  const label = el('label', { class: 'label', for: 'rapi-pop-search' }, text('searchLabel'));
  const input = el('input', {
    class: 'search',
    id: 'rapi-pop-search',
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'true',
    'aria-controls': 'rapi-pop-list',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: text('placeholder'),
  });
  const list = el('ul', { class: 'list', id: 'rapi-pop-list', role: 'listbox', 'aria-label': text('results'), tabindex: '0' });
  const status = el('p', { class: 'status', role: 'status' });
  searchView.append(label, input, list, status);
  const fillView = el('form', { class: 'view', 'aria-labelledby': 'rapi-pop-fill-title' });
  fillView.hidden = true;
  const fillTitle = el('p', { class: 'label', id: 'rapi-pop-fill-title' }, text('fillTitle'));
  const fillFor = el('p', { class: 'status' });
  const fillRows = el('div', { class: 'fill-rows' });
  const insertButton = el('button', { class: 'button', type: 'submit' }, text('insert'));
  const backButton = el('button', { class: 'link', type: 'button' }, text('back'));
  const actions = el('div', { class: 'actions' });
  actions.append(insertButton, backButton);
  fillView.append(fillTitle, fillFor, fillRows, actions);
  const error = el('p', { class: 'error', role: 'alert' });
  const foot = el('div', { class: 'foot' });
  const hint = el('span', { class: 'hint', 'aria-hidden': 'true' }, text('hint'));
  const manage = el('button', { class: 'link', type: 'button' }, text('manage'));
  foot.append(hint, manage);
  dialog.append(title, searchView, fillView, error, foot);
  root.append(dialog);

  let field: HTMLElement | undefined;
  let savedRange: Range | undefined;
  let hits: SnippetHit[] = [];
  let selected = 0;
  let filling: SnippetHit | undefined;
  let searchRun = 0;
  let busy = false;
  let frame: number | undefined;
  let openSignal: AbortController | undefined;

  const focusInside = () => doc.activeElement === host;

  function select(index: number): void {
    const options = list.children;
    if (options.length === 0) {
      input.removeAttribute('aria-activedescendant');
      list.removeAttribute('aria-activedescendant');
      return;
    }
    selected = Math.max(0, Math.min(index, options.length - 1));
    for (let i = 0; i < options.length; i++) options[i]!.setAttribute('aria-selected', String(i === selected));
    const id = options[selected]!.id;
    input.setAttribute('aria-activedescendant', id);
    list.setAttribute('aria-activedescendant', id);
    (options[selected] as HTMLElement).scrollIntoView?.({ block: 'nearest' });
  }

  function render(found: SnippetHit[]): void {
    hits = found;
    const rows = found.map((hit, index) => {
      const option = el('li', { class: 'option', role: 'option', id: `rapi-pop-option-${index}`, 'aria-selected': 'false' });
      option.append(el('span', { class: 'option-title' }, hit.title));
      if (hit.shortcut) option.append(el('span', { class: 'shortcut' }, hit.shortcut));
      const preview = plainPreview(hit.preview);
      if (preview) option.append(el('span', { class: 'preview' }, preview));
      return option;
    });
    list.replaceChildren(...rows);
    status.textContent = found.length > 0 ? text('count', String(found.length)) : text('empty');
    select(0);
  }

  function runSearch(query: string): void {
    const run = ++searchRun;
    const failed = (failure: unknown) => {
      if (run !== searchRun) return;
      render([]);
      if (storageDown(failure)) status.textContent = text('unavailable');
    };
    try {
      const result = options.search(query);
      if (Array.isArray(result)) render(result);
      else result.then((found) => run === searchRun && isOpen() && render(found), failed);
    } catch (failure) {
      failed(failure);
    }
  }

  function showFillIns(hit: SnippetHit): void {
    filling = hit;
    fillFor.textContent = hit.title;
    const rows = hit.fillIns.map((fill, index) => {
      const id = `rapi-pop-fill-${index}`;
      const row = el('label', { for: id }, fillLabel(fill.name));
      const control =
        fill.kind === 'choice'
          ? (() => {
              const choice = el('select', { id, name: fill.name });
              choice.append(...fill.options.map((option) => el('option', { value: option }, option)));
              return choice;
            })()
          : el('input', { id, name: fill.name, type: 'text', autocomplete: 'off' });
      row.append(control);
      return row;
    });
    fillRows.replaceChildren(...rows);
    searchView.hidden = true;
    fillView.hidden = false;
    (fillRows.querySelector('input, select') as HTMLElement | null)?.focus();
  }

  function showSearch(): void {
    filling = undefined;
    fillView.hidden = true;
    searchView.hidden = false;
    error.textContent = '';
    input.focus();
  }

  function fillValues(): Record<string, string> {
    const values: Record<string, string> = {};
    for (const control of fillRows.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))
      values[control.name] = control.value;
    return values;
  }

  async function choose(hit: SnippetHit | undefined, values?: Record<string, string>): Promise<void> {
    if (!hit || busy) return;
    if (hit.fillIns.length > 0 && values === undefined) {
      showFillIns(hit);
      return;
    }
    busy = true;
    error.textContent = '';
    let problem: string | null;
    try {
      problem = await options.insert(hit, values ?? {});
    } catch (failure) {
      problem = storageDown(failure) ? text('unavailable') : text('failed');
    } finally {
      busy = false;
    }
    if (problem) {
      error.textContent = problem;
      // Keep the keyboard in the popover (Escape, another choice) if the attempt moved the focus out.
      if (!focusInside() && isOpen()) (filling ? (fillRows.querySelector('input, select') as HTMLElement | null) : input)?.focus();
      return;
    }
    hide(false);
  }

  /** Closes; the focus, if it was in the popover, goes back to the field (its caret too, unless text was just inserted there). */
  function hide(restoreCaret: boolean): void {
    if (dialog.hidden) return;
    const hadFocus = focusInside();
    dialog.hidden = true;
    openSignal?.abort();
    openSignal = undefined;
    if (frame !== undefined) (view?.cancelAnimationFrame ?? clearTimeout)(frame);
    frame = undefined;
    searchRun++;
    const target = field;
    if (hadFocus && target?.isConnected) {
      target.focus({ preventScroll: true });
      if (restoreCaret && savedRange) {
        const selection = doc.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(savedRange);
      }
    }
  }

  function place(): void {
    if (!field || dialog.hidden) return;
    const caret = caretRect(field, { container: root });
    const viewport = viewportOf(doc);
    const spot = placePopover(caret, { width: POPOVER_WIDTH, height: POPOVER_MAX_HEIGHT }, viewport);
    dialog.style.left = `${Math.round(spot.left)}px`;
    dialog.style.width = `${Math.round(spot.width)}px`;
    dialog.style.maxHeight = `${Math.round(spot.height)}px`;
    // Anchored by the edge next to the caret, so a short popover above the caret still sits right on it.
    if (spot.side === 'below') {
      dialog.style.top = `${Math.round(spot.top)}px`;
      dialog.style.bottom = '';
    } else {
      dialog.style.top = '';
      dialog.style.bottom = `${Math.round(viewport.height - (spot.top + spot.height))}px`;
    }
    dialog.dataset.side = spot.side;
  }

  function schedulePlace(): void {
    if (frame !== undefined) return;
    const run = () => {
      frame = undefined;
      place();
    };
    frame = view?.requestAnimationFrame ? view.requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);
  }

  function isOpen(): boolean {
    return !dialog.hidden;
  }

  function openAt(target: HTMLElement): void {
    if (signal.aborted) return;
    hide(false);
    field = target;
    const selection = doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
    savedRange = range && target.contains(range.commonAncestorContainer) ? range.cloneRange() : undefined;
    if (!host.isConnected) (doc.documentElement ?? doc.body).append(host);
    filling = undefined;
    fillView.hidden = true;
    searchView.hidden = false;
    error.textContent = '';
    input.value = '';
    dialog.hidden = false;
    place();
    openSignal = new AbortController();
    // Aborted on every close (and dispose closes first).
    const whileOpen = openSignal.signal;
    // A click or the focus going elsewhere in the page closes it, leaving the focus where the user put it.
    const outside = (event: Event) => {
      // While inserting, the insertion itself may focus the field (a rich editor): stay to show its outcome.
      if (!busy && !event.composedPath().includes(host)) hide(false);
    };
    doc.addEventListener('pointerdown', outside, { capture: true, signal: whileOpen });
    doc.addEventListener('focusin', outside, { capture: true, signal: whileOpen });
    doc.addEventListener('scroll', schedulePlace, { capture: true, passive: true, signal: whileOpen });
    view?.addEventListener('resize', schedulePlace, { passive: true, signal: whileOpen });
    input.focus({ preventScroll: true });
    runSearch('');
    // A blurred input scrolls back to its start: place again as the field now shows.
    schedulePlace();
  }

  // One listener each on the list, not on every row: rows come and go with every keystroke.
  const optionIndex = (event: Event) => {
    const option = (event.target as Element | null)?.closest?.('[role="option"]');
    return option ? Array.prototype.indexOf.call(list.children, option) : -1;
  };
  list.addEventListener(
    'mousemove',
    (event) => {
      const index = optionIndex(event);
      if (index >= 0 && index !== selected) select(index);
    },
    { signal },
  );
  list.addEventListener(
    'click',
    (event) => {
      const index = optionIndex(event);
      if (event.isTrusted && index >= 0) void choose(hits[index]);
    },
    { signal },
  );

  input.addEventListener(
    'input',
    (event) => {
      if (event.isTrusted) runSearch(input.value);
    },
    { signal },
  );

  dialog.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.isComposing) return;
      if (event.key === 'Escape') {
        event.preventDefault();
        hide(true);
        return;
      }
      if (filling) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        select(selected + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key === 'Home' && event.target === list) {
        event.preventDefault();
        select(0);
      } else if (event.key === 'End' && event.target === list) {
        event.preventDefault();
        select(hits.length - 1);
      } else if (event.key === 'Enter' && (event.target === input || event.target === list)) {
        event.preventDefault();
        void choose(hits[selected]);
      }
    },
    { signal },
  );

  fillView.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      if (event.isTrusted && filling) void choose(filling, fillValues());
    },
    { signal },
  );
  // Enter in a fill-in field inserts; an untrusted submit never reaches the handler above.
  fillRows.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Enter' || event.isComposing || !filling) return;
      if ((event.target as Element).localName !== 'input') return;
      event.preventDefault();
      void choose(filling, fillValues());
    },
    { signal },
  );
  backButton.addEventListener('click', (event) => event.isTrusted && showSearch(), { signal });
  manage.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted) return;
      hide(false);
      options.manage();
    },
    { signal },
  );

  const dispose = () => {
    hide(false);
    abort.abort();
    host.remove();
  };
  options.signal?.addEventListener('abort', dispose, { once: true });
  if (options.signal?.aborted) dispose();

  return { openAt, close: () => hide(true), isOpen, owns: (node) => node === host };
}
