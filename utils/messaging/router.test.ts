import { describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from './router';
import { parseReply } from './client';

const OWN_ID = 'rapi-test-id';

function stubHandlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    ping: vi.fn(() => ({ version: '1.2.3' })),
    'snippets/search': vi.fn(() => ({ hits: [] })),
    'snippets/render': vi.fn(() => ({ ok: true as const, text: '' })),
    'snippets/by-shortcut': vi.fn(() => ({ hit: null })),
    'snippets/record-use': vi.fn(() => ({ recorded: true })),
    'palette/shortcut': vi.fn(() => ({ keys: 'Alt+Shift+S' })),
    'audit/save': vi.fn(() => ({ id: 1, previous: null })),
    'audit/open-report': vi.fn(() => ({ opened: true })),
    'options/open': vi.fn(() => ({ opened: true })),
    'page/state': vi.fn(() => ({ accepted: true })),
    'sidepanel/open': vi.fn(() => ({ opened: true })),
    'view/get': vi.fn(() => ({ view: null })),
    'page/command': vi.fn(() => ({ notice: null })),
    ...overrides,
  };
}

function setup() {
  const handlers = stubHandlers();
  return { handlers, route: createRouter(handlers, OWN_ID) };
}

const MALFORMED: [string, unknown][] = [
  ['null', null],
  ['a string', 'ping'],
  ['a number', 42],
  ['an array', [{ type: 'ping' }]],
  ['no type', {}],
  ['an unknown type', { type: 'delete-everything' }],
  ['a type of the wrong case', { type: 'PING' }],
  ['an extra field', { type: 'ping', payload: 1 }],
  ['a missing field', { type: 'snippets/search', query: 'garansi' }],
  ['an unknown marketplace', { type: 'snippets/search', query: '', marketplace: 'bukalapak' }],
  ['an unknown page kind', { type: 'page/state', match: { marketplace: 'shopee', kind: 'checkout' }, fields: [] }],
  ['a prototype-pollution attempt', JSON.parse('{"type":"ping","__proto__":{"polluted":true}}')],
  ['a search query of 10,000 characters', { type: 'snippets/search', query: 'a'.repeat(10_000), marketplace: 'shopee' }],
  [
    'a render with a megabyte description',
    { type: 'snippets/render', id: 'x', listing: { description: 'a'.repeat(1_000_000) }, fields: {} },
  ],
  ['a snippet id that is an object', { type: 'snippets/record-use', id: { $gt: '' } }],
  ['an audit that is not an audit', { type: 'audit/save', audit: { version: 1, products: 'all of them' } }],
  ['a report id that is not a number', { type: 'audit/open-report', id: '1; drop' }],
];

describe('message router', () => {
  it('dispatches a valid message to its handler with the sender tab', async () => {
    const { handlers, route } = setup();
    const reply = await route({ type: 'snippets/search', query: 'garansi', marketplace: 'shopee' }, { id: OWN_ID, tab: { id: 7 } });
    expect(reply).toEqual({ ok: true, data: { hits: [] } });
    expect(handlers['snippets/search']).toHaveBeenCalledWith(
      { type: 'snippets/search', query: 'garansi', marketplace: 'shopee' },
      { tabId: 7 },
    );
  });

  it.each(MALFORMED)('answers %s with a typed bad-message error and calls no handler', async (_name, raw) => {
    const { handlers, route } = setup();
    const reply = await route(raw, { id: OWN_ID });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe('bad-message');
    expect(reply.error.message.id).toMatch(/^Pesan tidak valid: /);
    expect(reply.error.message.en).toMatch(/^Invalid message: /);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses messages from another extension or from nowhere', async () => {
    const { handlers, route } = setup();
    for (const sender of [{ id: 'someone-else' }, {}]) {
      const reply = await route({ type: 'ping' }, sender);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(handlers.ping).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into a handler-failed reply', async () => {
    const route = createRouter(stubHandlers({ ping: () => Promise.reject(new Error('disk full')) }), OWN_ID);
    expect(await route({ type: 'ping' }, { id: OWN_ID })).toMatchObject({
      ok: false,
      error: { code: 'handler-failed', message: { en: 'Rapi could not handle the request: disk full' } },
    });
  });
});

describe('side panel requests: who may send them', () => {
  const ORIGIN = 'chrome-extension://rapi-test-id/';
  const contentScript = { id: OWN_ID, tab: { id: 7 }, url: 'https://seller.shopee.co.id/portal/product/new' };
  const sidePanel = { id: OWN_ID, url: `${ORIGIN}sidepanel.html` };
  const sidePanelInATab = { id: OWN_ID, tab: { id: 9 }, url: `${ORIGIN}sidepanel.html` };
  const state = { type: 'page/state', match: { marketplace: 'shopee', kind: 'listing-editor' }, fields: ['title'] };
  const command = { type: 'page/command', tabId: 7, command: { command: 'undo' } };

  it('takes page state only from a content script in a tab, with the tab from the sender record', async () => {
    const handlers = stubHandlers();
    const route = createRouter(handlers, OWN_ID, ORIGIN);
    expect(await route(state, contentScript)).toEqual({ ok: true, data: { accepted: true } });
    expect(handlers['page/state']).toHaveBeenCalledWith(state, { tabId: 7 });
    for (const sender of [sidePanel, sidePanelInATab, { id: OWN_ID }]) {
      expect(await route(state, sender)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    }
    expect(handlers['page/state']).toHaveBeenCalledTimes(1);
  });

  it("takes commands and view requests only from Rapi's own pages, never from a content script", async () => {
    const handlers = stubHandlers();
    const route = createRouter(handlers, OWN_ID, ORIGIN);
    expect(await route(command, sidePanel)).toEqual({ ok: true, data: { notice: null } });
    expect(await route(command, sidePanelInATab)).toEqual({ ok: true, data: { notice: null } });
    expect(await route(command, contentScript)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await route({ type: 'view/get', tabId: 7 }, contentScript)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    // A page on another origin that names the extension's origin further along its address is not Rapi's page.
    const lookalike = { id: OWN_ID, tab: { id: 7 }, url: `https://evil.example/${ORIGIN}` };
    expect(await route(command, lookalike)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['page/command']).toHaveBeenCalledTimes(2);
    expect(handlers['view/get']).not.toHaveBeenCalled();
  });

  it("refuses requests only Rapi's pages may send when the router was not told the extension's origin", async () => {
    const handlers = stubHandlers();
    expect(await createRouter(handlers, OWN_ID)(command, sidePanel)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers['page/command']).not.toHaveBeenCalled();
  });
});

describe('reply parsing on the client side', () => {
  it('returns the typed data of a good reply', () => {
    expect(parseReply('ping', { ok: true, data: { version: '0.1.0' } })).toEqual({ version: '0.1.0' });
  });

  it('throws the error the background sent', () => {
    const error = { code: 'bad-message', message: { id: 'Pesan tidak valid: x', en: 'Invalid message: x' } };
    expect(() => parseReply('ping', { ok: false, error })).toThrow('Invalid message: x');
  });

  it.each([undefined, null, { ok: true }, { ok: 'yes', data: {} }, { ok: true, data: { version: 3 } }])(
    'throws on a garbled reply %j',
    (raw) => {
      expect(() => parseReply('ping', raw)).toThrow();
    },
  );
});
