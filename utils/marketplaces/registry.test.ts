import { describe, expect, it } from 'vitest';
import { DETECTORS, MARKETPLACE_REGISTRY, MARKETPLACES, detectWith, withMarketplaces } from './registry';
import { MARKETPLACE_IDS } from './types';

describe('the marketplace registry', () => {
  it('names the same marketplaces as MARKETPLACE_IDS, the enum messages are parsed with', () => {
    expect(MARKETPLACES.map((m) => m.id)).toEqual([...MARKETPLACE_IDS]);
  });

  it("keeps each entry's parts under the entry's own id", () => {
    for (const m of MARKETPLACES) {
      expect(m.detector.id).toBe(m.id);
      expect(m.profile.id).toBe(m.id);
      if (m.cards) expect(m.cards.marketplace).toBe(m.id);
    }
  });

  it('detects each URL as the one detector owning its host does, and nothing off those hosts', () => {
    for (const [url, expected] of [
      ['https://shopee.co.id/search?keyword=batik', { marketplace: 'shopee', kind: 'search' }],
      ['https://seller.blibli.com/MTA/product/create', { marketplace: 'blibli', kind: 'listing-editor' }],
      ['https://example.com/', null],
      ['nonsense', null],
    ] as const) {
      expect(MARKETPLACE_REGISTRY.detectPage(url)).toEqual(expected);
      expect(detectWith(DETECTORS, url)).toEqual(expected);
    }
  });

  it('falls back on Blibli, the profile built from common ground, and refuses a fallback it does not list', () => {
    expect(MARKETPLACE_REGISTRY.fallback.id).toBe('blibli');
    expect(() => withMarketplaces(MARKETPLACES, 'bukalapak' as never)).toThrow('bukalapak');
  });

  it('refuses an id it does not list', () => {
    expect(() => withMarketplaces(MARKETPLACES).get('bukalapak' as never)).toThrow('bukalapak');
  });
});
