// @vitest-environment happy-dom
import { describeCardFixtures } from '../../../tests/support/card-fixture-suite';

describeCardFixtures('tiktok-tokopedia', [
  {
    kind: 'product-list',
    count: 11,
    ads: 0,
    samples: {
      // The sold count comes from the column headed "Terjual".
      0: {
        title: 'Keripik Tempe Sagu Original 250 gr Renyah Gurih Khas Malang',
        priceIdr: 18_500,
        soldCount: 1200,
        url: 'https://seller-id.tokopedia.com/product/edit/1729384756012345678',
      },
      2: { title: 'KERIPIK TEMPE PEDAS DAUN JERUK 250GR MURAH!!!', priceIdr: 21_000, soldCount: 512 },
      10: { title: 'Snack Rumput Laut Import Thailand 32 gr', priceIdr: 15_000, soldCount: 35 },
    },
  },
]);
