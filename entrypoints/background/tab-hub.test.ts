import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RapiDb } from '../../utils/db/schema';
import { freshDbName } from '../../tests/support/test-db';
import type { AgentMessage, PageState, TabView, ViewPush } from '../../utils/messaging/tab-protocol';
import { checkListing, type Finding } from '../../utils/quality';
import { auditHandlers } from './audit-handlers';
import { createTabHub, type TabHubDeps } from './tab-hub';

const LISTING = {
  marketplace: 'shopee' as const,
  title: 'KEMEJA BATIK PEKALONGAN PRIA LENGAN PANJANG TERMURAH!!!',
  description: 'Kemeja batik cap asli Pekalongan, bahan katun.',
  found: ['title' as const, 'description' as const],
};
const EDITOR: PageState = {
  type: 'page/state',
  match: { marketplace: 'shopee', kind: 'listing-editor' },
  listing: { listing: LISTING, sources: { title: 'selector' }, teaching: null },
  fields: ['title', 'description'],
};
const SHOP: PageState = { type: 'page/state', match: { marketplace: 'tokopedia', kind: 'shop' }, fields: [] };
const CARDS = {
  cards: [
    { title: 'Kopi Arabika Gayo 250 gr Biji Sangrai', priceIdr: 85000, url: 'https://www.tokopedia.com/kopigayo/arabika' },
    { title: 'KOPI ROBUSTA TERMURAH!!!', priceIdr: 30000, url: 'https://www.tokopedia.com/kopigayo/robusta' },
  ],
  shop: { name: 'Kopi Gayo', from: 'header' as const },
  url: 'https://www.tokopedia.com/kopigayo',
};

let db: RapiDb;
beforeEach(async () => {
  fakeBrowser.reset();
  db = new RapiDb(freshDbName());
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function setup(overrides: Partial<TabHubDeps> = {}) {
  const sent: [number, AgentMessage | { type: 'palette/open' }][] = [];
  const agentReplies: Record<string, unknown> = {
    'page/command': { notice: { kind: 'applied', field: 'title', undoable: true } },
    'page/extract-cards': CARDS,
  };
  const audits = auditHandlers(db);
  const deps: TabHubDeps = {
    sendToTab: async (tabId, message) => {
      sent.push([tabId, message]);
      return agentReplies[message.type] ?? { kept: true };
    },
    disabledRules: async () => [],
    saveAudit: (audit, tabId) => Promise.resolve(audits['audit/save']({ type: 'audit/save', audit }, { tabId })),
    openSidePanel: vi.fn(async () => true),
    language: async () => 'id',
    now: () => new Date('2026-12-01T02:00:00.000Z'),
    ...overrides,
  };
  const hub = createTabHub(deps);
  const pushed: TabView[] = [];
  hub.connect({ postMessage: (message: ViewPush) => pushed.push(message.view) });
  return { hub, deps, sent, pushed, agentReplies };
}

describe('tab hub', () => {
  it('builds the view from the page state, pushes it, answers view/get and sends the tab its markers', async () => {
    const { hub, sent, pushed } = setup();
    expect(await hub.handlers['page/state'](EDITOR, { tabId: 7 })).toEqual({ accepted: true });
    const view = pushed.at(-1)!;
    expect(view.tabId).toBe(7);
    expect(view.quality?.report.findings).toEqual(checkListing(LISTING).findings);
    expect(await hub.handlers['view/get']({ type: 'view/get', tabId: 7 }, { tabId: undefined })).toEqual({ view });
    expect(await hub.handlers['view/get']({ type: 'view/get', tabId: 8 }, { tabId: undefined })).toEqual({ view: null });
    const markers = sent.filter(([, message]) => message.type === 'page/markers');
    expect(markers).toEqual([[7, { type: 'page/markers', markers: view.markers }]]);
    expect(view.markers?.[0]).toMatchObject({ field: 'title' });
    // The same reading again sends no second set of markers.
    await hub.handlers['page/state'](EDITOR, { tabId: 7 });
    expect(sent.filter(([, message]) => message.type === 'page/markers')).toHaveLength(1);
    // A reloaded page has a new agent without markers: its first reading gets them again, however unchanged.
    await hub.handlers['page/state']({ ...EDITOR, fresh: true }, { tabId: 7 });
    expect(sent.filter(([, message]) => message.type === 'page/markers')).toHaveLength(2);
  });

  it("sends the markers before the side panel gets the view, at once when the marketplace's rules are known", async () => {
    const order: string[] = [];
    const { hub } = setup({
      sendToTab: async (_tabId, message) => void order.push(message.type),
    });
    hub.connect({ postMessage: () => void order.push('view') });
    await hub.handlers['page/state'](EDITOR, { tabId: 7 });
    expect(order).toEqual(['page/markers', 'view']);
    // The rules are kept now: the next page of the same marketplace is judged in the same turn,
    // with no wait for a storage round trip between the page's reading and its markers.
    order.length = 0;
    void hub.handlers['page/state']({ ...EDITOR, fresh: true }, { tabId: 8 });
    expect(order).toEqual(['page/markers', 'view']);
  });

  it('keeps the newest reading when an older one was still waiting for the settings', async () => {
    const waiting: ((rules: []) => void)[] = [];
    const { hub, pushed } = setup({ disabledRules: () => new Promise((resolve) => waiting.push(resolve)) });
    const older = hub.handlers['page/state'](EDITOR, { tabId: 7 });
    const newer = { ...EDITOR, listing: { ...EDITOR.listing!, listing: { ...LISTING, title: 'Kemeja Batik Pekalongan Pria' } } };
    const newest = hub.handlers['page/state'](newer, { tabId: 7 });
    for (const release of waiting) release([]);
    await Promise.all([older, newest]);
    expect(hub.view(7)?.listing?.read.listing.title).toBe('Kemeja Batik Pekalongan Pria');
    expect(pushed.map((view) => view.listing?.read.listing.title)).toEqual(['Kemeja Batik Pekalongan Pria']);
  });

  it('asks a tab it knows nothing of to send its state again (the background restarted)', async () => {
    const { hub, sent } = setup();
    expect(await hub.handlers['view/get']({ type: 'view/get', tabId: 12 }, { tabId: undefined })).toEqual({ view: null });
    expect(sent).toEqual([[12, { type: 'page/resend' }]]);
    await hub.handlers['page/state'](EDITOR, { tabId: 12 });
    const count = sent.length;
    await hub.handlers['view/get']({ type: 'view/get', tabId: 12 }, { tabId: undefined });
    expect(sent.length).toBe(count);
  });

  it('refuses page state without a sender tab', async () => {
    const { hub, pushed } = setup();
    expect(await hub.handlers['page/state'](EDITOR, { tabId: undefined })).toEqual({ accepted: false });
    expect(pushed).toEqual([]);
  });

  it('judges without the rules the seller switched off, and again when the settings change', async () => {
    const { hub, pushed } = setup({ disabledRules: async () => ['title-all-caps'] });
    await hub.handlers['page/state'](EDITOR, { tabId: 1 });
    expect(pushed.at(-1)?.quality?.disabledCount).toBe(1);
    expect(pushed.at(-1)?.quality?.report.findings.some((f) => f.ruleId === 'title-all-caps')).toBe(false);
    hub.rulesChanged({ shopee: [] });
    expect(pushed.at(-1)?.quality?.disabledCount).toBe(0);
    expect(pushed.at(-1)?.quality?.report.findings.some((f) => f.ruleId === 'title-all-caps')).toBe(true);
  });

  it('routes a command to the tab, shows the notice it answers, and dismisses it without asking the tab', async () => {
    const { hub, sent, pushed } = setup();
    await hub.handlers['page/state'](EDITOR, { tabId: 3 });
    const fix = checkListing(LISTING).findings.find((finding) => finding.fix)!.fix!;
    const reply = await hub.handlers['page/command'](
      { type: 'page/command', tabId: 3, command: { command: 'apply-fix', fix } },
      { tabId: undefined },
    );
    expect(reply).toEqual({ notice: { kind: 'applied', field: 'title', undoable: true } });
    expect(sent).toContainEqual([3, { type: 'page/command', command: { command: 'apply-fix', fix } }]);
    expect(pushed.at(-1)?.notice).toEqual({ kind: 'applied', field: 'title', undoable: true });
    const before = sent.length;
    await hub.handlers['page/command']({ type: 'page/command', tabId: 3, command: { command: 'dismiss-notice' } }, { tabId: undefined });
    expect(pushed.at(-1)?.notice).toBeUndefined();
    expect(sent.length).toBe(before);
  });

  it('shows a finding by focusing its field and span; a finding outside the text fields asks the tab nothing', async () => {
    const { hub, sent } = setup();
    await hub.handlers['page/state'](EDITOR, { tabId: 3 });
    const finding: Finding = {
      ruleId: 'title-all-caps',
      severity: 'warning',
      field: 'title',
      messageKey: 'rule_title_all_caps',
      params: [],
      span: { start: 0, end: 6 },
    };
    await hub.handlers['page/command'](
      { type: 'page/command', tabId: 3, command: { command: 'show-finding', finding } },
      { tabId: undefined },
    );
    expect(sent.at(-1)).toEqual([
      3,
      { type: 'page/command', command: { command: 'focus-field', field: 'title', span: { start: 0, end: 6 } } },
    ]);
    const count = sent.length;
    await hub.handlers['page/command'](
      {
        type: 'page/command',
        tabId: 3,
        command: { command: 'show-finding', finding: { ...finding, field: 'imageCount', span: undefined } as never },
      },
      { tabId: undefined },
    );
    expect(sent.length).toBe(count);
  });

  it('answers a command for a tab without an agent with no notice, and ignores a garbled agent reply', async () => {
    const { hub, pushed } = setup({ sendToTab: async () => ({ notice: { kind: 'hacked' } }) });
    await hub.handlers['page/state'](EDITOR, { tabId: 3 });
    const count = pushed.length;
    expect(
      await hub.handlers['page/command']({ type: 'page/command', tabId: 3, command: { command: 'undo' } }, { tabId: undefined }),
    ).toEqual({ notice: null });
    expect(pushed.length).toBe(count);
    const silent = setup({ sendToTab: () => Promise.reject(new Error('Could not establish connection')) });
    expect(
      await silent.hub.handlers['page/command']({ type: 'page/command', tabId: 9, command: { command: 'undo' } }, { tabId: undefined }),
    ).toEqual({ notice: null });
  });

  it('forgets what the seller did on one page when the tab shows another, and drops a closed tab', async () => {
    const { hub, pushed } = setup();
    await hub.handlers['page/state'](EDITOR, { tabId: 3 });
    await hub.handlers['page/command']({ type: 'page/command', tabId: 3, command: { command: 'undo' } }, { tabId: undefined });
    expect(pushed.at(-1)?.notice).toBeDefined();
    await hub.handlers['page/state'](
      { ...EDITOR, match: { marketplace: 'shopee', kind: 'product-list' }, listing: undefined },
      { tabId: 3 },
    );
    await hub.handlers['page/state'](EDITOR, { tabId: 3 });
    expect(pushed.at(-1)?.notice).toBeUndefined();
    hub.dropTab(3);
    expect(pushed.at(-1)).toEqual({ tabId: 3, match: null });
    expect(hub.view(3)).toBeUndefined();
  });

  it("opens the side panel first, then asks the panel to show the marker's field", async () => {
    const order: string[] = [];
    const { hub, pushed } = setup({
      openSidePanel: vi.fn(async () => {
        order.push('open');
        return true;
      }),
    });
    await hub.handlers['page/state'](EDITOR, { tabId: 5 });
    const opened = hub.handlers['sidepanel/open']({ type: 'sidepanel/open', field: 'description' }, { tabId: 5 });
    order.push('returned');
    expect(await opened).toEqual({ opened: true });
    expect(order).toEqual(['open', 'returned']);
    const first = pushed.at(-1)?.focusField;
    expect(first?.field).toBe('description');
    await hub.handlers['sidepanel/open']({ type: 'sidepanel/open', field: 'description' }, { tabId: 5 });
    expect(pushed.at(-1)?.focusField?.seq).toBeGreaterThan(first!.seq);
  });

  it('still sets the field to show when the browser refuses to open the side panel (Firefox from a message)', async () => {
    const { hub, pushed } = setup({ openSidePanel: async () => false });
    await hub.handlers['page/state'](EDITOR, { tabId: 5 });
    expect(await hub.handlers['sidepanel/open']({ type: 'sidepanel/open', field: 'title' }, { tabId: 5 })).toEqual({ opened: false });
    expect(pushed.at(-1)?.focusField?.field).toBe('title');
  });

  it('audits a shop page: asks the tab for its cards, scores and saves them, and shows the result', async () => {
    const { hub, sent, pushed } = setup();
    await hub.handlers['page/state'](SHOP, { tabId: 2 });
    expect(pushed.at(-1)?.audit).toEqual({ phase: 'idle' });
    await hub.handlers['page/command']({ type: 'page/command', tabId: 2, command: { command: 'audit-run' } }, { tabId: undefined });
    expect(sent).toContainEqual([2, { type: 'page/extract-cards' }]);
    expect(pushed.map((view) => view.audit?.phase)).toContain('running');
    const audit = pushed.at(-1)?.audit;
    expect(audit).toMatchObject({ phase: 'done', result: { id: expect.any(Number), count: 2, previous: null } });
    const saved = await db.audits.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.audit.shopName).toBe('Kopi Gayo');
    // The next reading of the page keeps the result.
    await hub.handlers['page/state'](SHOP, { tabId: 2 });
    expect(pushed.at(-1)?.audit?.phase).toBe('done');
  });

  it("says the audit failed, in the seller's language, when the tab sends no cards it can read", async () => {
    const { hub, pushed, agentReplies } = setup();
    agentReplies['page/extract-cards'] = { cards: 'everything' };
    await hub.handlers['page/state'](SHOP, { tabId: 2 });
    await hub.handlers['page/command']({ type: 'page/command', tabId: 2, command: { command: 'audit-run' } }, { tabId: undefined });
    expect(pushed.at(-1)?.audit).toMatchObject({ phase: 'failed', error: expect.stringMatching(/^Audit tidak bisa disimpan/) });
    expect(await db.audits.count()).toBe(0);
  });

  it('passes the palette to the tab as the keyboard command does', async () => {
    const { hub, sent } = setup();
    await hub.handlers['page/state'](EDITOR, { tabId: 4 });
    await hub.handlers['page/command']({ type: 'page/command', tabId: 4, command: { command: 'palette-open' } }, { tabId: undefined });
    expect(sent.at(-1)).toEqual([4, { type: 'palette/open' }]);
  });

  it('stops pushing to a side panel that closed', async () => {
    const { hub } = setup();
    const views: TabView[] = [];
    const disconnect = hub.connect({ postMessage: (message) => views.push(message.view) });
    await hub.handlers['page/state'](EDITOR, { tabId: 4 });
    disconnect();
    await hub.handlers['page/state'](SHOP, { tabId: 4 });
    expect(views).toHaveLength(1);
  });
});
