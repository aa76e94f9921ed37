import { describe, expect, it } from 'vitest';
import { priceBait } from './price-bait';
import { GOOD_DESCRIPTION, listingWith, runRule } from '../../../tests/support/test-listings';

const bait = (changes: Parameters<typeof listingWith>[0], marketplace: Parameters<typeof listingWith>[1] = 'shopee') =>
  runRule(priceBait, listingWith(changes, marketplace));

describe('price-bait', () => {
  it('is an error below the marketplace minimum of Rp100', () => {
    expect(bait({ priceIdr: 50 }, 'tokopedia')[0]).toMatchObject({
      severity: 'error',
      messageKey: 'rule_price_bait_below_minimum',
      params: ['50', '100', 'Tokopedia'],
    });
  });

  it('stays quiet for small goods that really sell for under Rp1.000', () => {
    expect(bait({ title: 'Stopper Tali Serut Plastik Hitam untuk Tas dan Jaket', priceIdr: 850 }, 'tokopedia')).toEqual([]);
    expect(bait({ title: 'Kancing Baju Kemeja 10mm Putih per Biji', priceIdr: 300 })).toEqual([]);
    expect(bait({ title: 'Tambahan Bubble Wrap Extra Aman', priceIdr: 1_000 }, 'tokopedia')).toEqual([]);
  });

  it('warns when the listing says the shown price is not the real one', () => {
    const [finding] = bait({ description: `${GOOD_DESCRIPTION}\nHarga tertera bukan harga asli, silakan chat dulu.`, priceIdr: 10_000 });
    expect(finding).toMatchObject({
      severity: 'warning',
      messageKey: 'rule_price_bait',
      params: ['10.000', 'Harga tertera bukan harga asli'],
    });
    expect(
      bait({ description: 'Harga hanya DP 50%, pelunasan sebelum kirim. Lemari jati ukir Jepara.', priceIdr: 500_000 }, 'tokopedia'),
    ).toHaveLength(1);
  });

  it('warns when the title names a price three times the shown one or more', () => {
    expect(bait({ title: 'Smartwatch Sport Layar AMOLED Hanya Rp 450rb', priceIdr: 10_000 })[0]?.params).toEqual(['10.000', 'Rp 450rb']);
    expect(bait({ title: 'Kulkas 2 Pintu 250 Liter Cuma 2 Juta-an', priceIdr: 1_000 }, 'tokopedia')).toHaveLength(1);
  });

  it('warns when the description introduces a much higher price ("mulai dari")', () => {
    expect(
      bait({ description: `${GOOD_DESCRIPTION}\nHarga mulai dari Rp 125.000 tergantung ukuran.`, priceIdr: 5_000 })[0]?.params[1],
    ).toBe('Rp 125.000');
  });

  it('does not take savings, thresholds or gifts for the product’s price', () => {
    expect(bait({ title: 'Kaos Polos Katun Hemat Rp 20.000', priceIdr: 5_000 })).toEqual([]);
    expect(
      bait({ description: `${GOOD_DESCRIPTION}\nGratis ongkir min. belanja Rp 50.000. Cashback Rp 25.000.`, priceIdr: 3_000 }),
    ).toEqual([]);
    expect(bait({ title: 'Laptop Bekas Core i5 Hanya 3 Juta-an', priceIdr: 3_250_000 }, 'tokopedia')).toEqual([]);
    expect(bait({ title: 'Kabel HDMI 2.1 8K 60Hz 4K 120Hz 1 Meter', priceIdr: 1_500 })).toEqual([]);
  });

  it('warns on a placeholder price for made-to-order goods', () => {
    expect(bait({ title: 'Papan Nama Akrilik Custom Ukuran Bebas', priceIdr: 1_000 }, 'tokopedia')[0]?.params).toEqual(['1.000', 'Custom']);
    expect(bait({ title: 'Papan Nama Akrilik Custom Ukuran Bebas', priceIdr: 85_000 }, 'tokopedia')).toEqual([]);
  });

  it('stays quiet for ordinary prices and for a missing price (another rule)', () => {
    expect(bait({ priceIdr: 1_000 })).toEqual([]);
    expect(bait({ priceIdr: 0 })).toEqual([]);
  });
});
