/**
 * Issue 14: a marketplace is one folder plus a registry entry. The fixture in
 * tests/support/fixture-marketplace/ (files listed in its README) is detected, judged by its own
 * profile, given its own tier and written in its own tag form, with no other file changed.
 */
import { describe, expect, it } from 'vitest';
import { MARKETPLACES, withMarketplaces } from '../../utils/marketplaces/registry';
import type { MarketplaceId } from '../../utils/marketplaces/types';
import { checkListing } from '../../utils/quality/index';
import { insertFor } from '../../utils/tags/insert-form';
import { hashtagRoomIn } from '../../utils/tags/index';
import { pasarContoh } from '../support/fixture-marketplace/marketplace';

const registry = withMarketplaces<string>([...MARKETPLACES, pasarContoh]);
// The listing schema knows only the product's ids; the fixture's id travels through the registry.
const fixtureId = 'pasar-contoh' as MarketplaceId;
const listing = (changes: Record<string, unknown>) => ({ marketplace: fixtureId, title: 'Kemeja Batik Tulis Pekalongan', ...changes });

describe('a fixture marketplace added as one folder and a registry entry', () => {
  it('is detected by its own hosts and paths, beside the real ones', () => {
    expect(registry.detectPage('https://seller.pasar-contoh.test/produk/baru')).toEqual({
      marketplace: 'pasar-contoh',
      kind: 'listing-editor',
    });
    expect(registry.detectPage('https://www.pasar-contoh.test/cari/batik')).toEqual({ marketplace: 'pasar-contoh', kind: 'search' });
    expect(registry.detectPage('https://www.pasar-contoh.test/')).toBeNull();
    expect(registry.detectPage('https://shopee.co.id/search?keyword=batik')?.marketplace).toBe('shopee');
    expect(registry.hosts).toContain('seller.pasar-contoh.test');
  });

  it('is judged by its own profile', () => {
    const long = checkListing(listing({ title: 'Kemeja Batik Tulis Pekalongan Lengan Panjang Pria' }), { registry });
    expect(long.marketplace).toBe('pasar-contoh');
    // 49 characters: over the fixture's 40 (an error there), far under every real marketplace's hard limit.
    expect(long.findings.find((f) => f.ruleId === 'title-too-long')?.severity).toBe('error');
    const real = checkListing({ ...listing({ title: 'Kemeja Batik Tulis Pekalongan Lengan Panjang Pria' }), marketplace: 'shopee' });
    expect(real.findings.find((f) => f.ruleId === 'title-too-long')).toBeUndefined();
    const short = checkListing(listing({ title: 'Kaos Batik' }), { registry });
    expect(short.findings.find((f) => f.ruleId === 'title-too-short')?.severity).toBe('warning');
  });

  it('gets its own tier', () => {
    expect(checkListing(listing({ imageCount: 3 }), { registry }).tier).toEqual({
      kind: 'lazada-content-score',
      score: 3,
      total: 4,
      unknown: [],
    });
    expect(checkListing(listing({}), { registry }).tier).toMatchObject({ score: 0, unknown: ['imageCount'] });
  });

  it('writes tags in its own form, up to its own hashtag limit', () => {
    const form = registry.get('pasar-contoh').tagForm;
    expect(insertFor('Batik Pekalongan', form)).toBe('#BatikPekalongan');
    expect(hashtagRoomIn({ marketplace: fixtureId, title: 'Batik', description: '#batik #tulis' }, form)).toEqual({
      limit: 3,
      used: 2,
      left: 1,
    });
  });
});
