/**
 * The detection matrix: every example URL of every marketplace is detected as exactly its own
 * marketplace and kind and claimed by no other detector; every negative is claimed by nobody.
 */
import { describe, it, expect } from 'vitest';
import { detectPage, DETECTORS, MARKETPLACE_HOSTS, hostMatchPatterns } from './index';
import { detectorFor } from './registry';
import { PAGE_KINDS, type MarketplaceId, type PageKind } from './types';
import { FIXTURE_PAGES, NON_MATCHING_PAGE } from '../../tests/fixtures/pages';

/** Every detector that claims the URL (calling detect() directly, bypassing the host lookup). */
function claimants(url: string): string[] {
  const parsed = new URL(url);
  return DETECTORS.flatMap((d) => {
    const kind = d.detect(parsed);
    return kind ? [`${d.id}:${kind}`] : [];
  });
}

const EXAMPLES = DETECTORS.flatMap((d) =>
  (Object.entries(d.examples) as [PageKind, readonly string[]][]).flatMap(([kind, urls]) =>
    urls.map((url) => ({ marketplace: d.id, kind, url })),
  ),
);
const NEGATIVES = DETECTORS.flatMap((d) => d.negatives.map((url) => ({ marketplace: d.id, url })));

const FULL_KINDS: MarketplaceId[] = ['tokopedia', 'shopee', 'lazada', 'blibli'];

describe('examples: detected as exactly their marketplace and kind', () => {
  it.each(EXAMPLES)('$marketplace $kind: $url', ({ marketplace, kind, url }) => {
    expect(detectPage(url)).toEqual({ marketplace, kind });
    expect(claimants(url)).toEqual([`${marketplace}:${kind}`]);
  });
});

describe('negatives: claimed by no detector', () => {
  it.each(NEGATIVES)('$marketplace: $url', ({ marketplace, url }) => {
    // A negative only tests something if it is on the marketplace's own hosts.
    expect(detectorFor(marketplace).hosts).toContain(new URL(url).hostname);
    expect(detectPage(url)).toBeNull();
    expect(claimants(url)).toEqual([]);
  });
});

describe('declared page kinds and example counts', () => {
  it.each(DETECTORS.map((d) => ({ id: d.id, d })))('$id declares the right kinds, ≥5 examples each, ≥8 negatives', ({ id, d }) => {
    const declared = Object.keys(d.examples).sort();
    // TikTok Shop by Tokopedia: its seller centre, and product pages on shop-id.tokopedia.com (issue 14).
    const expected = FULL_KINDS.includes(id) ? [...PAGE_KINDS] : ['listing-editor', 'product-list', 'product'];
    expect(declared).toEqual([...expected].sort());
    for (const kind of declared as PageKind[]) {
      expect(d.examples[kind]?.length ?? 0, `${id} ${kind}`).toBeGreaterThanOrEqual(5);
      for (const url of d.examples[kind] ?? []) {
        expect(d.hosts, url).toContain(new URL(url).hostname);
      }
    }
    expect(d.negatives.length).toBeGreaterThanOrEqual(8);
  });

  it('lists each marketplace once and each host once', () => {
    expect(DETECTORS.map((d) => d.id).sort()).toEqual([...FULL_KINDS, 'tiktok-tokopedia'].sort());
    expect(new Set(MARKETPLACE_HOSTS).size).toBe(MARKETPLACE_HOSTS.length);
    for (const host of MARKETPLACE_HOSTS) expect(host).toBe(host.toLowerCase());
  });

  it('builds an https match pattern for every host', () => {
    expect(hostMatchPatterns()).toEqual(MARKETPLACE_HOSTS.map((h) => `https://${h}/*`));
    expect(hostMatchPatterns()).toContain('https://seller-id.tokopedia.com/*');
  });
});

describe('fixture pages', () => {
  it.each(FIXTURE_PAGES.map((p) => ({ ...p })))('$marketplace $kind: $url', ({ marketplace, kind, url }) => {
    expect(detectPage(url)).toEqual({ marketplace, kind });
    expect(claimants(url)).toEqual([`${marketplace}:${kind}`]);
    expect(detectorFor(marketplace).examples[kind] ?? []).toContain(url);
  });

  it(`non-matching page ${NON_MATCHING_PAGE.url}`, () => {
    expect(detectPage(NON_MATCHING_PAGE.url)).toBeNull();
    expect(claimants(NON_MATCHING_PAGE.url)).toEqual([]);
  });
});

describe('URLs off the marketplace hosts, or not web URLs', () => {
  it.each([
    'https://www.google.com/',
    'https://www.google.com/search?q=site%3Atokopedia.com+batik',
    'https://tokopedia.com.evil.example/batiksaripekalongan',
    'https://tokopedia.com.evil.example/add-product',
    'https://evil.example/?u=https://shopee.co.id/x',
    'https://evil.example/shopee.co.id/kopigayo.atu',
    'https://seller.shopee.co.id.attacker.io/portal/product/new',
    'https://notshopee.co.id/kopigayo.atu',
    'https://shop.tiktok.com/view/product/1729384756102938475?region=ID',
    'https://www.bukalapak.com/p/fashion-pria/batik/abc123-jual-batik',
    'ftp://seller.tokopedia.com/add-product',
    'not a url',
    'javascript:alert(1)',
    'file:///etc/passwd',
    '',
  ])('%s', (url) => {
    expect(detectPage(url)).toBeNull();
    // Each detector must check the host itself too, not rely on detectPage's host lookup
    // (the protocol is detectPage's job, so only web URLs are put to the detectors directly).
    if (/^https?:\/\//.test(url)) expect(claimants(url)).toEqual([]);
  });

  it('ignores host case, and accepts plain http', () => {
    expect(detectPage('https://WWW.Lazada.CO.ID/shop/keramik-dinoyo-malang/')).toEqual({ marketplace: 'lazada', kind: 'shop' });
    expect(detectPage('http://seller.shopee.co.id/portal/product/new')).toEqual({ marketplace: 'shopee', kind: 'listing-editor' });
  });
});
