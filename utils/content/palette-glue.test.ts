// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createPanelStore } from '../panel/panel-store';
import { setPanelHost } from './panel-host';
import { trusted, typeKeys } from '../../tests/support/trusted-events';

const BODY = 'Garansi 7 hari.';
vi.mock('../messaging/client', () => ({
  sendToBackground: vi.fn(async (request: { type: string }) => {
    if (request.type === 'palette/shortcut') return { keys: 'Alt+Shift+S' };
    if (request.type === 'snippets/render') return { ok: true, text: BODY };
    return { recorded: true };
  }),
}));
// Insertion itself is tested in the browser (e2e); here only where it may go.
vi.mock('../dom/caret', async (original) => ({
  ...(await original<typeof import('../dom/caret')>()),
  insertAtCaret: vi.fn(async (caret: { element: HTMLTextAreaElement }, text: string) => {
    caret.element.value += text;
    return { ok: true, value: caret.element.value };
  }),
}));
vi.mock('wxt/browser', () => ({ browser: { runtime: { onMessage: { addListener: () => undefined, removeListener: () => undefined } } } }));

const { startPalette } = await import('./palette-glue');

const fakeCtx = {
  addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) =>
    target.addEventListener(type, handler, options),
  onInvalidated: () => () => undefined,
} as unknown as ContentScriptContext;

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const paletteKeys = { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, cancelable: true };
const hit = { id: 'a', title: 'Garansi', preview: '', shortcut: ';garansi', fillIns: [] };

let field: HTMLTextAreaElement;
let trap: HTMLTextAreaElement;
let host: HTMLElement;
let store: ReturnType<typeof createPanelStore>;
let palette: ReturnType<typeof startPalette>;

beforeEach(async () => {
  document.body.replaceChildren();
  field = document.createElement('textarea');
  trap = document.createElement('textarea');
  host = document.createElement('rapi-panel');
  host.tabIndex = 0;
  document.body.append(field, trap, host);
  setPanelHost(host);
  store = createPanelStore({ match: { marketplace: 'shopee', kind: 'listing-editor' }, language: 'id', collapsed: false } as never);
  palette = startPalette(fakeCtx, () => store);
  await settle();
});

describe('the palette acts only for the user', () => {
  it("opens on the real keys, not on a page's synthetic ones", () => {
    document.dispatchEvent(new KeyboardEvent('keydown', paletteKeys));
    expect(store.get().palette).toBeUndefined();
    document.dispatchEvent(trusted(new KeyboardEvent('keydown', paletteKeys)));
    expect(store.get().palette).toBeDefined();
  });

  it('inserts into the field the user typed in while the palette has the focus', async () => {
    field.focus();
    typeKeys(field, 'Info: ');
    host.focus();
    expect(await palette.insert(hit, {})).toBeNull();
    expect(field.value).toBe(`Info: ${BODY}`);
  });

  it('refuses when the page moved the focus to its own field, and never writes there', async () => {
    field.focus();
    typeKeys(field, 'Info: ');
    trap.focus();
    expect(await palette.insert(hit, {})).toMatch(/Klik dulu kolom/);
    expect(trap.value).toBe('');
    expect(field.value).toBe('Info: ');
  });

  it('refuses a field only a script ever focused', async () => {
    trap.focus();
    host.focus();
    expect(await palette.insert(hit, {})).toMatch(/Klik dulu kolom/);
    expect(trap.value).toBe('');
  });
});
