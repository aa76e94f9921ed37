// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../../../tests/fixtures/pages';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { REAL_PAGES_DIR, REAL_PAGES_PRESENT } from '../../../tests/support/real-pages';
import { readShopName } from './shop-name';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const fixture = (marketplace: string, kind: string) =>
  loadFixture(FIXTURE_PAGES.find((p) => p.marketplace === marketplace && p.kind === kind)!.file);

describe('readShopName', () => {
  it("reads the shop page's own header on every marketplace", () => {
    expect(readShopName(fixture('tokopedia', 'shop'), 'shop')).toEqual({ name: 'Batik Sari Pekalongan', from: 'header' });
    expect(readShopName(fixture('shopee', 'shop'), 'shop')).toEqual({ name: 'Kopi Gayo Atu', from: 'header' });
    expect(readShopName(fixture('lazada', 'shop'), 'shop')).toEqual({ name: 'Keramik Dinoyo Malang', from: 'header' });
    expect(readShopName(fixture('blibli', 'shop'), 'shop')).toEqual({ name: 'Tenun Ikat Sikka Official', from: 'header' });
  });

  it('falls back to the breadcrumb, then the one heading, of a shop page whose header classes changed', () => {
    const crumbs = '<nav aria-label="Breadcrumb"><ol><li>Beranda</li><li>Toko</li><li> Batik  Sari </li></ol></nav>';
    expect(readShopName(parse(`<title>x</title>${crumbs}`), 'shop')).toEqual({ name: 'Batik Sari', from: 'breadcrumb' });
    expect(readShopName(parse(`<title>x</title><h1>Kopi Gayo Atu</h1>${crumbs}`), 'shop')).toEqual({
      name: 'Kopi Gayo Atu',
      from: 'header',
    });
    // A search page's breadcrumb ends in the search, and its heading is no shop.
    expect(readShopName(parse(`<title>Jual batik | Tokopedia</title><h1>batik</h1>${crumbs}`), 'search')).toEqual({
      name: 'Jual batik | Tokopedia',
      from: 'title',
    });
  });

  it('takes the seller name on the cards only when every card names the same seller', () => {
    const cards = (...sellers: string[]) =>
      `<title>Cari batik | Blibli.com</title>${sellers.map((s) => `<a class="elf-product-card"><span class="els-product__seller-name">${s}</span></a>`).join('')}`;
    expect(readShopName(parse(cards('Batik Sari', 'Batik Sari', ' Batik Sari ')), 'search')).toEqual({ name: 'Batik Sari', from: 'cards' });
    expect(readShopName(parse(cards('Batik Sari', 'Toko Lain')), 'search')).toEqual({ name: 'Cari batik | Blibli.com', from: 'title' });
    // Blibli writes the city where a card has no seller name: a city is not a shop.
    expect(readShopName(parse(cards('Kota Jakarta Pusat', 'Kota Jakarta Pusat')), 'search')?.from).toBe('title');
    expect(readShopName(parse(cards('Batik Sari')), 'search')?.from).toBe('title');
  });

  it('has no name when the page gives none, and never a runaway one', () => {
    expect(readShopName(parse('<div>nothing</div>'), 'search')).toBeUndefined();
    expect(readShopName(parse(`<title>${'a'.repeat(5000)}</title>`), 'search')!.name).toHaveLength(200);
  });

  describe.skipIf(!REAL_PAGES_PRESENT)(`real saved search pages (${REAL_PAGES_DIR}; skipped when absent)`, () => {
    const real = (file: string) =>
      parse(
        readFileSync(REAL_PAGES_DIR + file, 'utf8').replace(/<script\b[\s\S]*?<\/script>|<iframe\b[\s\S]*?<\/iframe>|<link\b[^>]*>/gi, ''),
      );
    it('names the page by its title where many shops are listed', () => {
      expect(readShopName(real('tokopedia-search-laptop.html'), 'search')).toEqual({ name: 'Jual laptop | Tokopedia', from: 'title' });
      expect(readShopName(real('tokopedia-search-rtx3070.html'), 'search')).toEqual({ name: 'Jual rtx 3070 | Tokopedia', from: 'title' });
      // Eight different sellers and cities in the seller slot: the title, not one of the sellers.
      expect(readShopName(real('blibli-search-pc-gaming.html'), 'search')).toEqual({
        name: 'Cari pc gaming Juli 2025 | Blibli.com',
        from: 'title',
      });
    });
  });
});
