// @vitest-environment happy-dom
import { describeCardFixtures } from '../../../tests/support/card-fixture-suite';

describeCardFixtures('blibli', [
  {
    kind: 'shop',
    count: 16,
    ads: 2,
    samples: {
      0: {
        title: 'Kain Tenun Ikat Sikka Motif Mawarani Pewarna Alami',
        priceIdr: 1_450_000,
        location: 'Kab. Sikka',
        rating: 4.9,
        soldCount: 87,
        isAd: false,
      },
      3: { title: 'Kain Tenun Ikat Maumere Motif Utan Welak Pewarna Alami', priceIdr: 1_850_000, isAd: true },
      13: { title: 'Tenun', priceIdr: 500_000 },
    },
  },
  {
    kind: 'search',
    count: 24,
    ads: 2,
    samples: {
      1: { title: 'Kain Tenun Troso Jepara Motif Ikat Pelangi 2 m', priceIdr: 225_000, isAd: true },
      // An "Official Store" badge sits beside the name, not in it.
      7: { title: 'Kain Tenun Ikat Nusantara Premium Motif Flores', priceIdr: 890_000, isAd: true, location: 'Jakarta Selatan' },
      23: { title: 'Dompet Kartu Tenun Ikat Import Motif Etnik', priceIdr: 39_000, soldCount: 1200 },
    },
  },
  {
    kind: 'product-list',
    count: 10,
    ads: 0,
    samples: {
      0: {
        title: 'Kain Tenun Ikat Sikka Motif Mawarani Pewarna Alami',
        priceIdr: 1_450_000,
        url: 'https://seller.blibli.com/MTA/product/detail/TIS-60123-00017',
      },
      9: { title: 'Taplak Meja Tenun Ikat Sikka 180 x 40 cm', priceIdr: 245_000 },
    },
  },
]);
