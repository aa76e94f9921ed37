// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { CARD_PAGES, cardsOf, describeCardFixtures } from '../../../tests/support/card-fixture-suite';
import { shopeePublicUrl } from './cards';

describeCardFixtures('shopee', [
  {
    kind: 'shop',
    count: 18,
    ads: 2,
    samples: {
      0: {
        title: 'Kopi Arabika Gayo Wine Process 250gr Biji Sangrai',
        priceIdr: 89_000,
        location: 'Kab. Aceh Tengah',
        rating: 4.9,
        soldCount: 5000,
        isAd: false,
      },
      2: { title: 'Kopi Arabika Gayo Natural Process 200gr Specialty Grade', priceIdr: 78_000, isAd: true },
      9: { title: 'Drip Bag Kopi Arabika Gayo Isi 10 Sachet', priceIdr: 55_000, isAd: true },
      15: { title: 'Kopi', priceIdr: 45_000, url: 'https://shopee.co.id/Kopi-i.312456789.23456804207' },
    },
  },
  {
    kind: 'search',
    count: 30,
    ads: 2,
    samples: {
      0: { title: 'Kopi Arabika Gayo Wine Process 250gr Biji Sangrai', priceIdr: 89_000, isAd: true },
      3: { title: 'Kopi Gayo Arabika Premium 1kg Biji Kopi Untuk Cafe', priceIdr: 230_000, location: 'Kota Medan', isAd: true },
      14: { title: 'kopi gayo', priceIdr: 35_000, soldCount: 150, rating: 4.6 },
    },
  },
  {
    kind: 'product-list',
    count: 11,
    ads: 0,
    // Rows link to the edit form only and the page shows no shop id: no public URL, so none (issue 14).
    noUrls: true,
    samples: {
      0: { title: 'Kopi Arabika Gayo Wine Process 250gr Biji Sangrai', priceIdr: 89_000, soldCount: 5000 },
      10: { title: 'Cold Brew Kopi Arabika Gayo 250 ml Siap Minum', priceIdr: 25_000, soldCount: 450 },
    },
  },
]);

describe('Shopee seller list: the public product page, or no URL', () => {
  const list = CARD_PAGES.find((p) => p.marketplace === 'shopee' && p.kind === 'product-list')!;

  it('builds shopee.co.id/product/{shopId}/{itemId} from the edit form when the page shows the shop id', () => {
    const cards = cardsOf(list, (doc) => doc.body.setAttribute('data-shopid', '312456789'));
    expect(cards[0]!.url).toBe('https://shopee.co.id/product/312456789/23456789012');
    expect(cards.every((card) => card.url?.startsWith('https://shopee.co.id/product/312456789/'))).toBe(true);
    expect(new Set(cards.map((card) => card.url)).size).toBe(11);
  });

  it("prefers a row's own link to the public page, and never gives the edit form", () => {
    const cards = cardsOf(list, (doc) => {
      const row = doc.querySelector('.product-list-item')!;
      const view = doc.createElement('a');
      view.setAttribute('href', 'https://shopee.co.id/Kopi-Gayo-i.98765.23456789012');
      view.textContent = 'Lihat';
      row.append(view);
    });
    expect(cards[0]!.url).toBe('https://shopee.co.id/Kopi-Gayo-i.98765.23456789012');
    expect(cards.some((card) => card.url?.includes('seller.shopee.co.id'))).toBe(false);
  });

  it('reads the shop id from a link to the shop, and ignores ids that are not numbers', () => {
    const row = new DOMParser().parseFromString('<div><a href="/portal/product/55/">x</a></div>', 'text/html').body.firstElementChild!;
    expect(shopeePublicUrl('https://seller.shopee.co.id/portal/product/55/', row)).toBeUndefined();
    const page = new DOMParser().parseFromString(
      '<a href="https://shopee.co.id/shop/777">toko</a><div id="r" data-shopid="x1"></div>',
      'text/html',
    );
    expect(shopeePublicUrl('https://seller.shopee.co.id/portal/product/edit/55', page.getElementById('r')!)).toBe(
      'https://shopee.co.id/product/777/55',
    );
    expect(shopeePublicUrl('https://shopee.co.id/product/1/2', row)).toBe('https://shopee.co.id/product/1/2');
  });
});
