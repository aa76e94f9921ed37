// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureHtml } from '../../../tests/unit/load-fixture';
import type { PageState } from '../../messaging/tab-protocol';

// Insertion itself is tested in the browser (e2e); here only that the agent writes what the command says.
vi.mock('../../dom/insert-text', () => ({
  writeFieldText: vi.fn(async (el: HTMLElement, text: string, options?: { range?: { start: number; end: number } }) => {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement)) {
      el.textContent = text;
      return { ok: true, value: text };
    }
    el.value = options?.range ? el.value.slice(0, options.range.start) + text + el.value.slice(options.range.end) : text;
    return { ok: true, value: el.value };
  }),
}));

const { createPageAgent } = await import('./page-agent');

const EDITOR_URL = 'https://seller.shopee.co.id/portal/product/new';
const settle = async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

function show(file: string) {
  document.documentElement.innerHTML = new DOMParser().parseFromString(fixtureHtml(file), 'text/html').documentElement.innerHTML;
}

function setup() {
  const sent: PageState[] = [];
  const agent = createPageAgent(document, { send: async (state) => void sent.push(state), loadIntervalMs: 1 });
  return { agent, sent };
}

beforeEach(() => {
  fakeBrowser.reset();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('page agent', () => {
  it('on an add-product form sends what it read, with the page and the fields it found', async () => {
    show('shopee/listing-editor.html');
    const { agent, sent } = setup();
    await agent.navigate(EDITOR_URL);
    await settle();
    const state = sent.at(-1)!;
    expect(state.match).toEqual({ marketplace: 'shopee', kind: 'listing-editor' });
    expect(state.listing?.listing.marketplace).toBe('shopee');
    expect(state.listing?.listing.title.length).toBeGreaterThan(0);
    expect(state.fields).toContain('title');
    expect(state.listing?.teaching).toBeNull();
    agent.dispose();
  });

  it('on a page Rapi does not know sends no listing, and on a shop page hands over its product cards', async () => {
    const { agent, sent } = setup();
    await agent.navigate('https://seller.shopee.co.id/portal/finance/income');
    // The first state of a page load says so: the background sends its markers even if unchanged.
    expect(sent.at(-1)).toEqual({ type: 'page/state', match: null, fields: [], fresh: true });
    show('shopee/shop.html');
    await agent.navigate('https://shopee.co.id/kopigayo.atu');
    expect(sent.at(-1)).toEqual({ type: 'page/state', match: { marketplace: 'shopee', kind: 'shop' }, fields: [] });
    const cards = (await agent.handle({ type: 'page/extract-cards' })) as { cards: unknown[]; url: string };
    expect(cards.cards.length).toBeGreaterThan(1);
    agent.dispose();
  });

  it('applies a fix the side panel sends to the page field, re-reads the form and answers the notice; undo puts the text back', async () => {
    show('shopee/listing-editor.html');
    const { agent, sent } = setup();
    await agent.navigate(EDITOR_URL);
    await settle();
    const title = sent.at(-1)!.listing!.listing.title;
    const fix = { kind: 'set-field', field: 'title', value: 'Kopi Arabika Gayo 250 gr', previous: title, labelKey: 'fix_title_case' };
    expect(await agent.handle({ type: 'page/command', command: { command: 'apply-fix', fix } })).toEqual({
      notice: { kind: 'applied', field: 'title', undoable: true },
    });
    expect(sent.at(-1)!.listing!.listing.title).toBe('Kopi Arabika Gayo 250 gr');
    expect(await agent.handle({ type: 'page/command', command: { command: 'undo' } })).toEqual({
      notice: { kind: 'applied', field: 'title', undoable: false },
    });
    expect(sent.at(-1)!.listing!.listing.title).toBe(title);
    // A fix computed on older text is refused, not written over the seller's typing.
    const stale = { ...fix, previous: 'something else' };
    expect(await agent.handle({ type: 'page/command', command: { command: 'apply-fix', fix: stale } })).toEqual({
      notice: { kind: 'stale', field: 'title' },
    });
    agent.dispose();
  });

  it('adds a hashtag to the description and a keyword to the title', async () => {
    show('shopee/listing-editor.html');
    const { agent, sent } = setup();
    await agent.navigate(EDITOR_URL);
    await settle();
    await agent.handle({ type: 'page/command', command: { command: 'insert-tag', insert: '#KopiTakengon' } });
    expect(sent.at(-1)!.listing!.listing.description).toMatch(/ #KopiTakengon$/);
    await agent.handle({ type: 'page/command', command: { command: 'insert-tag', insert: 'Kopi Takengon' } });
    expect(sent.at(-1)!.listing!.listing.title).toMatch(/ Kopi Takengon$/);
    agent.dispose();
  });

  it('sends its state again when the background asks (it restarted and lost it), not before it has read the page', async () => {
    show('shopee/shop.html');
    const { agent, sent } = setup();
    expect(await agent.handle({ type: 'page/resend' })).toEqual({ sent: false });
    expect(sent).toEqual([]);
    await agent.navigate('https://shopee.co.id/kopigayo.atu');
    expect(await agent.handle({ type: 'page/resend' })).toEqual({ sent: true });
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual({ ...sent[0], fresh: undefined });
    agent.dispose();
  });

  it('keeps the markers the background sends, and leaves messages that are not its own to other listeners', async () => {
    const { agent } = setup();
    const markers = [{ field: 'title', count: 2, worst: 'warning' }];
    expect(await agent.handle({ type: 'page/markers', markers })).toEqual({ kept: true });
    expect(agent.markers()).toEqual(markers);
    expect(agent.handle({ type: 'palette/open' })).toBeUndefined();
    expect(agent.handle({ type: 'page/command', command: { command: 'rm -rf' } })).toBeUndefined();
    expect(agent.handle('page/extract-cards')).toBeUndefined();
    expect(agent.markers()).toEqual(markers);
  });

  it('reports teach mode, and forgets the markers and the form when the seller leaves the page', async () => {
    show('shopee/listing-editor.html');
    const { agent, sent } = setup();
    await agent.navigate(EDITOR_URL);
    await settle();
    await agent.handle({ type: 'page/command', command: { command: 'teach', field: 'description' } });
    expect(sent.at(-1)!.listing!.teaching).toBe('description');
    await agent.handle({ type: 'page/command', command: { command: 'cancel-teach' } });
    expect(sent.at(-1)!.listing!.teaching).toBeNull();
    await agent.handle({ type: 'page/markers', markers: [{ field: 'title', count: 1, worst: 'tip' }] });
    await agent.navigate('https://seller.shopee.co.id/portal/product/list/all');
    expect(agent.markers()).toEqual([]);
    expect(sent.at(-1)).toEqual({ type: 'page/state', match: { marketplace: 'shopee', kind: 'product-list' }, fields: [] });
    agent.dispose();
  });

  it('loads more products with progress, and stops when cancelled', async () => {
    show('shopee/shop.html');
    const { agent, sent } = setup();
    await agent.navigate('https://shopee.co.id/kopigayo.atu');
    await agent.handle({ type: 'page/command', command: { command: 'audit-load-all' } });
    await settle();
    expect(sent.some((state) => typeof state.loading === 'number' && state.loading > 0)).toBe(true);
    await agent.handle({ type: 'page/command', command: { command: 'audit-cancel-load' } });
    expect(sent.at(-1)?.loading).toBeUndefined();
    agent.dispose();
  });

  it('does not send a state the background already has (a page that changes without changing the form), but does when asked', async () => {
    show('shopee/listing-editor.html');
    const { agent, sent } = setup();
    await agent.navigate(EDITOR_URL);
    await settle();
    const before = sent.length;
    document.body.append(document.createElement('div'));
    document.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(sent.length).toBe(before);
    await agent.handle({ type: 'page/resend' });
    expect(sent.length).toBe(before + 1);
    agent.dispose();
  });
});
