import { describe, expect, it } from 'vitest';
import { DETECTORS, MARKETPLACE_REGISTRY, MARKETPLACES, detectWith, withMarketplaces } from './registry';
import { MARKETPLACE_IDS } from './types';

describe('the marketplace registry', () => {
  it('names the same marketplaces as MARKETPLACE_IDS, the enum messages are parsed with', () => {
    expect(MARKETPLACES.map((m) => m.id)).toEqual([...MARKETPLACE_IDS]);
  });

  it('lists the detectors on their own in the same order, as the same objects', () => {
    expect(DETECTORS).toEqual(MARKETPLACES.map((m) => m.detector));
    for (const [i, detector] of DETECTORS.entries()) expect(detector).toBe(MARKETPLACES[i]?.detector);
  });

  it("keeps each entry's parts under the entry's own id", () => {
    for (const m of MARKETPLACES) {
      expect(m.detector.id).toBe(m.id);
      expect(m.profile.id).toBe(m.id);
      if (m.cards) expect(m.cards.marketplace).toBe(m.id);
    }
  });

  it('detects pages the same way through the registry and through the detectors alone', () => {
    for (const url of [
      'https://shopee.co.id/search?keyword=batik',
      'https://seller.blibli.com/MTA/product/create',
      'https://example.com/',
      'nonsense',
    ]) {
      expect(MARKETPLACE_REGISTRY.detectPage(url)).toEqual(detectWith(DETECTORS, url));
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
