// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureHtml } from '../../tests/unit/load-fixture';
import { trusted, typeKeys } from '../../tests/support/trusted-events';
import { quietContext } from './quiet-context';
import { RAPI_HOST_TAGS, OLD_PANEL_HOST } from './panel-host';
import { MARKER_HOST_TAG } from './markers';
import { POPOVER_HOST_TAG } from './palette-popover';

const sent: { type: string; field?: string }[] = [];
vi.mock('../messaging/page-client', () => ({
  sendFromPage: vi.fn(async (request: { type: string; field?: string }) => {
    sent.push(request);
    if (request.type === 'palette/shortcut') return { keys: 'Alt+Shift+S' };
    if (request.type === 'snippets/search') return { hits: [] };
    if (request.type === 'sidepanel/open') return { opened: true };
    return { accepted: true };
  }),
}));
// The lifeline's port is the browser's; the fake browser has none.
vi.mock('./extension-lifeline', () => ({ watchExtensionUnload: () => undefined }));

const { runMarketplaceScript } = await import('./marketplace-glue');

const EDITOR = { url: 'https://seller.shopee.co.id/portal/product/new', file: 'shopee/listing-editor.html' };
const PRODUCT = {
  url: 'https://shopee.co.id/Kopi-Arabika-Gayo-Wine-Process-250gr-Biji-Sangrai-i.312456789.23456789012',
  file: 'shopee/product.html',
};
const UNKNOWN = { url: 'https://seller.shopee.co.id/portal/finance/income', file: 'unknown/listing-editor.html' };
const paletteKeys = { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, cancelable: true, composed: true };

const settle = async () => {
  for (let i = 0; i < 30; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};
const rapiElements = () => document.querySelectorAll([...RAPI_HOST_TAGS, OLD_PANEL_HOST].join(','));
/** What the background would send the tab (only messages from this extension are heard). */
const fromBackground = (message: unknown) =>
  fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id }, () => undefined);

async function open(page: { url: string; file: string }) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(page.url);
  document.documentElement.innerHTML = new DOMParser().parseFromString(fixtureHtml(page.file), 'text/html').documentElement.innerHTML;
  const ctx = quietContext('test');
  const script = runMarketplaceScript(ctx);
  await settle();
  return { ctx, script };
}

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('the content script on pages where Rapi has nothing to do', () => {
  it.each([
    ['a buyer product page', PRODUCT],
    ['an unknown seller page', UNKNOWN],
  ])('adds nothing to %s: no host, no markers, no palette, whatever the background or the keys say', async (_name, page) => {
    const { ctx, script } = await open(page);
    // The page agent still tells the background what it sees (the side panel says why Rapi is idle).
    expect(sent.some((request) => request.type === 'page/state')).toBe(true);
    await fromBackground({ type: 'page/markers', markers: [{ field: 'title', count: 2, worst: 'error' }] });
    await fromBackground({ type: 'palette/open' });
    const field = document.createElement('textarea');
    document.body.append(field);
    field.focus();
    typeKeys(field, 'x');
    field.dispatchEvent(trusted(new KeyboardEvent('keydown', paletteKeys)));
    await settle();
    expect(rapiElements()).toHaveLength(0);
    expect(script.hasMarkerLayer()).toBe(false);
    expect(sent.some((request) => request.type === 'snippets/search')).toBe(false);
    ctx.abort();
  });
});

describe('the content script on an add-product form', () => {
  it('removes hosts an earlier instance left, and draws no host before there is a marker to show', async () => {
    for (const tag of [OLD_PANEL_HOST, MARKER_HOST_TAG, POPOVER_HOST_TAG]) document.body.append(document.createElement(tag));
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(EDITOR.url);
    const ctx = quietContext('test');
    runMarketplaceScript(ctx);
    await settle();
    expect(rapiElements()).toHaveLength(0);
    ctx.abort();
  });

  it("draws the background's markers in a closed host beside the fields, and a marker's click opens the side panel at its field", async () => {
    const { ctx, script } = await open(EDITOR);
    expect(rapiElements()).toHaveLength(0);
    // happy-dom lays nothing out: the title field gets a box, so its marker has a place to show.
    const title = script.agent.element('title')!;
    const box = { left: 100, top: 100, width: 500, height: 36 };
    const rect = { ...box, right: 600, bottom: 136, x: 100, y: 100, toJSON: () => ({}) } as DOMRect;
    const zero = { left: 0, top: 0, width: 0, height: 0, right: 0, bottom: 0, x: 0, y: 0, toJSON: () => ({}) } as DOMRect;
    const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return this === title ? rect : zero;
    });
    await fromBackground({ type: 'page/markers', markers: [{ field: 'title', count: 2, worst: 'error' }] });
    rects.mockRestore();
    expect(script.hasMarkerLayer()).toBe(true);
    const hosts = document.querySelectorAll(MARKER_HOST_TAG);
    expect(hosts).toHaveLength(1);
    // Closed: the page cannot reach the markers' buttons.
    expect(hosts[0]!.shadowRoot).toBeNull();
    // Leaving for a buyer page takes the markers away.
    await script.agent.navigate(PRODUCT.url);
    expect(script.hasMarkerLayer()).toBe(false);
    expect(rapiElements()).toHaveLength(0);
    ctx.abort();
  });

  it('a marker message with forged content changes nothing', async () => {
    const { ctx, script } = await open(EDITOR);
    await fromBackground({ type: 'page/markers', markers: [{ field: 'title', count: 2, worst: 'fatal' }] });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page/markers', markers: [{ field: 'title', count: 1, worst: 'tip' }] },
      { id: 'another-extension' },
      () => undefined,
    );
    expect(script.hasMarkerLayer()).toBe(false);
    expect(rapiElements()).toHaveLength(0);
    ctx.abort();
  });

  it("opens the palette at the seller's field on the command relay and on real palette keys only", async () => {
    const { ctx, script } = await open(EDITOR);
    const title = script.agent.element('title') as HTMLInputElement;
    title.focus();
    typeKeys(title, 'x');
    title.dispatchEvent(new KeyboardEvent('keydown', paletteKeys));
    await settle();
    expect(document.querySelector(POPOVER_HOST_TAG)).toBeNull();
    title.dispatchEvent(trusted(new KeyboardEvent('keydown', paletteKeys)));
    await settle();
    expect(document.querySelectorAll(POPOVER_HOST_TAG)).toHaveLength(1);
    expect(sent.filter((request) => request.type === 'snippets/search')).toHaveLength(1);
    ctx.abort();
    expect(document.querySelector(POPOVER_HOST_TAG)).toBeNull();
  });
});
