// @vitest-environment happy-dom
import { describeCardFixtures } from '../cards/fixture-suite';

describeCardFixtures('shopee', [
  {
    kind: 'shop',
    count: 18,
    ads: 2,
    samples: {
      0: { title: 'Kopi Arabika Gayo Wine Process 250gr Biji Sangrai', priceIdr: 89_000, location: 'Kab. Aceh Tengah', rating: 4.9, soldCount: 5000, isAd: false },
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
    samples: {
      0: { title: 'Kopi Arabika Gayo Wine Process 250gr Biji Sangrai', priceIdr: 89_000, soldCount: 5000, url: 'https://seller.shopee.co.id/portal/product/23456789012/' },
      10: { title: 'Cold Brew Kopi Arabika Gayo 250 ml Siap Minum', priceIdr: 25_000, soldCount: 450 },
    },
  },
]);
