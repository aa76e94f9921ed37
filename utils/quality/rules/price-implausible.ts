/**
 * A known branded product priced far below what a real one sells for ("iPhone 16 Pro Max"
 * at Rp1.500.000): the classic sign of a clone or a scam, and consumer guides tell buyers to
 * treat it as one ("Harga yang terlalu murah: alarm utama",
 * https://mupican.com/2026/01/18/8-ciri-ciri-hp-kw-yang-wajib-kamu-ketahui-jangan-sampai-tertipu ;
 * Kemendag on fake phones sold on marketplaces at "harga sangat miring",
 * https://lifestyle.kontan.co.id/news/waspada-banyak-hp-palsu-beredar-di-indonesia-ini-tips-cek-hp-kw-atau-ori).
 * A warning, not an error: no marketplace rule names a price, but buyers and the platforms'
 * fraud checks distrust such listings. Classes and floors live in `../price-floors.ts`.
 * Quiet for accessories, parts, rentals, boxes and games sold for the product.
 */
import type { Rule } from '../types';
import { makeFinding } from '../finding';
import { formatCount } from '../text/measure';
import { FREE_EXTRA, NOT_THE_PRODUCT, PRICE_FLOORS } from '../price-floors';

function sellsSomethingElse(title: string): boolean {
  for (const match of title.matchAll(NOT_THE_PRODUCT)) {
    if (!FREE_EXTRA.test(title.slice(Math.max(0, match.index - 15), match.index))) return true;
  }
  return false;
}

export const priceImplausible: Rule<'price-implausible'> = {
  id: 'price-implausible',
  messageKeys: ['rule_price_implausible'],
  check({ listing }) {
    const price = listing.priceIdr;
    if (price === undefined || price <= 0) return [];
    // Titles past a few hundred characters are not one product's name; look at the start only.
    const title = listing.title.slice(0, 300);
    const floor = PRICE_FLOORS.find((row) => row.pattern.test(title));
    if (!floor || price >= floor.floorIdr || sellsSomethingElse(title)) return [];
    return [makeFinding('price-implausible', 'warning', 'priceIdr', [formatCount(price), floor.label, formatCount(floor.floorIdr)])];
  },
};
