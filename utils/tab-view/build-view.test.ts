import { describe, expect, it } from 'vitest';
import { checkListing } from '../quality';
import { hashtagRoom, importSignals, suggestTags } from '../tags';
import type { Listing } from '../listing/listing';
import type { PageState } from '../messaging/tab-protocol';
import { buildTabView } from './build-view';
import { markersFor } from './markers';
import { whyInactive } from './activity';

const LISTING: Listing = {
  marketplace: 'shopee',
  title: 'KEMEJA BATIK PEKALONGAN PRIA LENGAN PANJANG TERMURAH!!!',
  description: 'Kemeja batik cap asli Pekalongan, bahan katun primisima. #batik',
  priceIdr: 125000,
  stock: 12,
  found: ['title', 'description', 'priceIdr', 'stock'],
};
const editor = (listing: Listing = LISTING, extra: Partial<PageState> = {}): PageState => ({
  type: 'page/state',
  match: { marketplace: 'shopee', kind: 'listing-editor' },
  listing: { listing, sources: { title: 'selector', description: 'selector' }, teaching: null },
  fields: ['title', 'description', 'priceIdr', 'stock'],
  ...extra,
});

describe('buildTabView', () => {
  it('judges the listing as the in-page panel does: same findings, same tags', () => {
    const view = buildTabView(4, editor(), []);
    const report = checkListing(LISTING);
    expect(view.tabId).toBe(4);
    expect(view.quality).toEqual({ report, disabledCount: 0 });
    expect(view.quality?.report.findings.length).toBeGreaterThan(0);
    expect(view.tags?.suggestions.map((tag) => tag.label)).toEqual(suggestTags(LISTING).map((tag) => tag.label));
    expect(view.tags?.importSignals).toEqual(importSignals(LISTING));
    expect(view.tags?.hashtags).toEqual(hashtagRoom(LISTING));
    expect(view.listing).toEqual({ read: { listing: LISTING, sources: { title: 'selector', description: 'selector' } }, teaching: null });
    expect(view.audit).toBeUndefined();
  });

  it('leaves out the rules the seller switched off, says how many, and rescores without them', () => {
    const all = buildTabView(1, editor(), []).quality!;
    const caps = all.report.findings.find((finding) => finding.ruleId === 'title-all-caps');
    expect(caps).toBeDefined();
    const without = buildTabView(1, editor(), ['title-all-caps']).quality!;
    expect(without.disabledCount).toBe(1);
    expect(without.report.findings.some((finding) => finding.ruleId === 'title-all-caps')).toBe(false);
    expect(without.report.findings.length).toBe(
      all.report.findings.length - all.report.findings.filter((f) => f.ruleId === 'title-all-caps').length,
    );
    expect(without.report.score).toBeGreaterThanOrEqual(all.report.score);
  });

  it('shows a title keyword the title already has as earned, not offered', () => {
    const view = buildTabView(1, editor({ ...LISTING, marketplace: 'tokopedia', title: 'Kemeja Batik Pekalongan Pria' }), []);
    const keyword = view.tags?.suggestions.find((tag) => !tag.insert.startsWith('#') && tag.inTitle);
    expect(keyword?.insert).toBeDefined();
    expect('Kemeja Batik Pekalongan Pria'.toLowerCase()).toContain(keyword!.insert.toLowerCase());
  });

  it("keeps the notice and a marker's ask, and marks the fields that have findings", () => {
    const view = buildTabView(1, editor(), [], {
      notice: { kind: 'applied', field: 'title', undoable: true },
      focusField: { field: 'title', seq: 3 },
    });
    expect(view.notice).toEqual({ kind: 'applied', field: 'title', undoable: true });
    expect(view.focusField).toEqual({ field: 'title', seq: 3 });
    expect(view.markers).toEqual(markersFor(view.quality!.report));
    expect(view.markers?.find((marker) => marker.field === 'title')).toBeDefined();
  });

  it("shows nothing on a buyer's product page or a page Rapi does not know, even with a listing sent", () => {
    for (const match of [{ marketplace: 'shopee', kind: 'product' } as const, null]) {
      const view = buildTabView(2, { ...editor(), match }, [], { notice: { kind: 'inserted' } });
      expect(view).toEqual({ tabId: 2, match });
    }
  });

  it('ignores a listing on a page that is not the editor', () => {
    const view = buildTabView(2, { ...editor(), match: { marketplace: 'shopee', kind: 'shop' } }, []);
    expect(view.quality).toBeUndefined();
    expect(view.listing).toBeUndefined();
    expect(view.audit).toEqual({ phase: 'idle' });
  });

  it('on a list page: idle, loading while the agent loads cards, then the kept audit', () => {
    const shop: PageState = { type: 'page/state', match: { marketplace: 'tokopedia', kind: 'shop' }, fields: [] };
    expect(buildTabView(1, shop, []).audit).toEqual({ phase: 'idle' });
    expect(buildTabView(1, { ...shop, loading: 24 }, [], { audit: { phase: 'idle' } }).audit).toEqual({ phase: 'loading', loaded: 24 });
    expect(buildTabView(1, shop, [], { audit: { phase: 'loading', loaded: 24 } }).audit).toEqual({ phase: 'idle' });
    const done = { phase: 'done' as const, result: { id: 1, count: 3, mean: 70, topIssues: [], previous: null } };
    expect(buildTabView(1, shop, [], { audit: done }).audit).toEqual(done);
  });
});

describe('markersFor', () => {
  const finding = (field: string, severity: 'error' | 'warning' | 'tip') => ({ field, severity }) as never;
  it("counts each text field's findings with the worst severity, in form order, and skips other fields", () => {
    const markers = markersFor({
      findings: [
        finding('description', 'tip'),
        finding('title', 'tip'),
        finding('title', 'error'),
        finding('title', 'warning'),
        finding('imageCount', 'error'),
        finding('description', 'warning'),
      ],
    });
    expect(markers).toEqual([
      { field: 'title', count: 3, worst: 'error' },
      { field: 'description', count: 2, worst: 'warning' },
    ]);
  });
  it('gives no marker for a field the page does not have, and none without findings', () => {
    expect(markersFor({ findings: [finding('stock', 'warning')] }, ['title'])).toEqual([]);
    expect(markersFor({ findings: [] })).toEqual([]);
  });
});

describe('whyInactive', () => {
  it('works on the editor, product lists, shops and searches; says why not on a product page or elsewhere', () => {
    for (const kind of ['listing-editor', 'product-list', 'shop', 'search'] as const)
      expect(whyInactive({ marketplace: 'lazada', kind }, true)).toBeNull();
    expect(whyInactive({ marketplace: 'lazada', kind: 'product' }, true)).toBe('buyer-page');
    expect(whyInactive(null, true)).toBe('unknown-page');
    expect(whyInactive(null, false)).toBe('not-marketplace');
  });
});
