/**
 * Listings for tests: one that every marketplace should find nothing wrong with,
 * and a helper that runs one rule on a variation of it. Used only by *.test.ts.
 */
import type { Listing } from '../../utils/listing/listing';
import type { MarketplaceId } from '../../utils/marketplaces/types';
import { buildContext } from '../../utils/quality/context';
import type { Finding, Rule } from '../../utils/quality/types';

export const GOOD_DESCRIPTION = [
  'Kaos polos dari katun combed 30s yang adem dan menyerap keringat, cocok untuk dipakai sehari-hari.',
  'Bahan: katun combed 30s, jahitan rantai di bahu agar tidak mudah melar.',
  'Ukuran: M (lebar dada 48 cm), L (50 cm), XL (52 cm), XXL (54 cm).',
  'Warna: hitam, putih, abu-abu, navy.',
  'Isi paket: 1 kaos dalam plastik klip.',
  'Cara merawat: cuci dengan air dingin, jangan diputihkan, setrika suhu sedang.',
  'Dikirim dari Kab. Pekalongan setiap hari kerja sebelum pukul 15.00.',
  'Bisa tukar ukuran dalam 7 hari jika tidak pas, selama kaos belum dicuci dan label masih terpasang.',
].join('\n');

/** Complete and clean: no rule on any marketplace should fire. */
export const GOOD_LISTING: Listing = {
  marketplace: 'shopee',
  title: 'Kaos Polos Katun Combed 30s Lengan Pendek Pria Warna Hitam',
  description: GOOD_DESCRIPTION,
  priceIdr: 75_000,
  stock: 50,
  weightGrams: 200,
  imageCount: 6,
  hasVideo: true,
  category: 'Pakaian Pria > Kaos',
  condition: 'new',
  hashtags: ['kaospolos', 'kaospria'],
  found: ['title', 'description', 'priceIdr', 'stock', 'weightGrams', 'imageCount', 'hasVideo', 'category', 'hashtags'],
};

export function listingWith(changes: Partial<Listing>, marketplace: MarketplaceId = 'shopee'): Listing {
  return { ...GOOD_LISTING, marketplace, ...changes };
}

/** Only `marketplace` and `title`, as an adapter that found nothing else would give. */
export function minimalListing(title: string, marketplace: MarketplaceId = 'shopee'): Listing {
  return { marketplace, title };
}

export function runRule(rule: Rule, listing: Listing): Finding[] {
  return rule.check(buildContext(listing, listing.marketplace));
}
