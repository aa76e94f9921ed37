// @vitest-environment happy-dom
import { describeCardFixtures } from '../../../tests/support/card-fixture-suite';

describeCardFixtures('lazada', [
  {
    kind: 'shop',
    count: 20,
    ads: 2,
    samples: {
      0: {
        title: 'Vas Bunga Keramik Dinoyo Motif Batik Malangan Tinggi 30cm Handmade',
        priceIdr: 149_000,
        rating: 4.9,
        reviewCount: 45,
        soldCount: 312,
        location: 'Kota Malang',
      },
      4: { title: 'Piring Hias Dinding Keramik Motif Topeng Malangan 25 cm', priceIdr: 95_000, isAd: true },
      13: { title: 'Vas', priceIdr: 40_000, isAd: true },
      18: { title: 'Gelas Keramik Import Nordic Minimalis 350ml', priceIdr: 39_000, soldCount: 3400 },
    },
  },
  {
    kind: 'search',
    count: 28,
    ads: 2,
    samples: {
      1: { title: 'Vas Keramik Dinoyo Malang Motif Bunga Tinggi 25 cm', priceIdr: 89_000, isAd: true },
      // The link's text starts with a "LazMall" badge; its title attribute does not.
      11: { title: 'Vas Bunga Keramik Nordic Minimalis Import Set 3', priceIdr: 119_000, isAd: true, location: 'Jakarta Barat' },
      25: { title: 'Vas', priceIdr: 25_000, location: 'Kota Tangerang' },
    },
  },
  {
    kind: 'product-list',
    count: 11,
    ads: 0,
    samples: {
      0: {
        title: 'Vas Bunga Keramik Dinoyo Motif Batik Malangan Tinggi 30cm Handmade',
        priceIdr: 149_000,
        url: 'https://sellercenter.lazada.co.id/apps/product/publish?productId=7654321098',
      },
      10: { title: 'Mangkok Keramik Motif Batik Malangan Set 4 pcs', priceIdr: 120_000 },
    },
  },
]);
