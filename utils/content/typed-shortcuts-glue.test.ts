// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { execInsert, trusted, typeKeys } from '../../tests/support/trusted-events';

const BODY = 'Dikirim hari ini. Ketik ;kirim ';
const calls: string[] = [];
let writes = 0;

vi.mock('../messaging/page-client', () => ({
  sendFromPage: vi.fn(async (request: { type: string; shortcut?: string }) => {
    calls.push(request.type);
    if (request.type === 'snippets/by-shortcut') {
      return { hit: request.shortcut === ';kirim' ? { id: 'a', title: 'Kirim', preview: '', shortcut: ';kirim', fillIns: [] } : null };
    }
    if (request.type === 'snippets/render') return { ok: true, text: BODY };
    return { recorded: true };
  }),
}));
vi.mock('../settings/page-settings', () => ({
  readTypedShortcuts: async () => ({ shopee: true }),
  watchPageTypedShortcuts: () => () => undefined,
}));
// Rapi's insertion goes through the browser's editing pipeline, whose input events are trusted:
// the stand-in does the same, so a self-triggering snippet would loop as it did in the browser.
vi.mock('../dom/insert-text', () => ({
  writeFieldText: vi.fn(async (el: HTMLTextAreaElement, text: string, { range }: { range: { start: number; end: number } }) => {
    // A runaway loop (the old behaviour: 650 expansions in 6 s) is cut here so the test can report it.
    if (++writes > 500) return { ok: false, value: el.value };
    el.value = el.value.slice(0, range.start) + text + el.value.slice(range.end);
    const caret = range.start + text.length;
    el.setSelectionRange(caret, caret);
    el.dispatchEvent(trusted(new InputEvent('input', { data: text, inputType: 'insertText', bubbles: true })));
    return { ok: true, value: el.value };
  }),
}));

const { startTypedShortcuts } = await import('./typed-shortcuts-glue');

const fakeCtx = {
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, options),
  onInvalidated: () => () => undefined,
} as unknown as ContentScriptContext;

let started = false;
let field: HTMLTextAreaElement;
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const expansions = () => calls.filter((type) => type === 'snippets/render').length;

beforeEach(async () => {
  calls.length = 0;
  writes = 0;
  document.body.replaceChildren();
  field = document.createElement('textarea');
  document.body.append(field);
  field.focus();
  if (!started) {
    startTypedShortcuts(
      fakeCtx,
      () => 'shopee',
      () => undefined,
    );
    started = true;
  }
  await settle();
});

describe("typed shortcuts expand only on the user's own typing", () => {
  it('a page that sets its field and dispatches input gets nothing', async () => {
    field.value = 'x ;kirim ';
    field.setSelectionRange(9, 9);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(calls).toEqual([]);
    expect(field.value).toBe('x ;kirim ');
  });

  it('execCommand by the page (trusted input, no key press) gets nothing', async () => {
    execInsert(field, 'x ;kirim ');
    await settle();
    expect(calls).toEqual([]);
  });

  it('real typing expands once, even for a snippet that ends with its own shortcut', async () => {
    typeKeys(field, 'Info ;kirim ');
    await settle();
    expect(expansions()).toBe(1);
    expect(field.value).toBe(`Info ${BODY}`);
  });

  it('stress: fifty typed triggers give fifty expansions, never more', async () => {
    for (let i = 0; i < 50; i++) {
      typeKeys(field, ` ${i} ;kirim `);
      await settle();
    }
    expect(expansions()).toBe(50);
    expect(field.value.split(';kirim').length - 1).toBe(50);
  });

  it('a key press in another field does not vouch for this one', async () => {
    const other = document.createElement('input');
    document.body.append(other);
    other.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: ' ', bubbles: true })));
    field.value = ';kirim ';
    field.setSelectionRange(7, 7);
    field.dispatchEvent(trusted(new InputEvent('input', { data: ' ', bubbles: true })));
    await settle();
    expect(calls).toEqual([]);
  });
});
