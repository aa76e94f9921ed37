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

  it('treats an empty price as nothing to judge, even where the marketplace has a minimum', () => {
    expect(bait({ priceIdr: 0 }, 'tokopedia')).toEqual([]);
    const unpriced = listingWith({ description: `${GOOD_DESCRIPTION}\nHarga tertera bukan harga asli.` }, 'tokopedia');
    delete unpriced.priceIdr;
    expect(runRule(priceBait, unpriced)).toEqual([]);
  });

  it('accepts the marketplace minimum itself', () => {
    expect(bait({ priceIdr: 99 }, 'tokopedia')).toHaveLength(1);
    expect(bait({ priceIdr: 100 }, 'tokopedia')).toEqual([]);
  });

  it('points both findings at the price field, under this rule', () => {
    expect(bait({ priceIdr: 50 }, 'tokopedia')[0]).toMatchObject({ ruleId: 'price-bait', field: 'priceIdr' });
    expect(bait({ title: 'Smartwatch Sport Layar AMOLED Hanya Rp 450rb', priceIdr: 10_000 })[0]).toMatchObject({
      ruleId: 'price-bait',
      field: 'priceIdr',
    });
  });

  // Each way of writing an amount, just at three times the shown price (a warning) and just under it.
  it.each([
    ['Tas Anyaman Pandan Hanya 150rb', 50_000],
    ['Tas Anyaman Pandan Hanya 150 ribu', 50_000],
    ['Tas Anyaman Pandan Cuma 60k', 20_000],
    ['Lemari Jati Ukir Hanya 1,5 jt', 500_000],
    ['Lemari Jati Ukir Hanya 2 juta', 666_666],
    ['Tas Anyaman Pandan Harga Rp 150.000', 50_000],
  ])('reads the amount in "%s" at its value in rupiah', (title, threshold) => {
    expect(bait({ title, priceIdr: threshold })).toHaveLength(1);
    expect(bait({ title, priceIdr: threshold + 1 })).toEqual([]);
  });

  it('reads no price in a bare number or a screen resolution', () => {
    expect(bait({ title: 'Powerbank 20000 mAh Fast Charging Dua Port', priceIdr: 5_000 })).toEqual([]);
    expect(bait({ title: 'Bracket TV LED 4K Dinding Universal 14-42 Inch', priceIdr: 1_000 })).toEqual([]);
  });

  it('counts an amount in the title without a price word, but in the description only after one', () => {
    expect(bait({ title: 'Kulkas 2 Pintu Rp 2.000.000 Garansi Resmi', priceIdr: 100_000 })).toHaveLength(1);
    expect(bait({ description: `${GOOD_DESCRIPTION}\nNilai garansi Rp 2.000.000 untuk unit rusak.`, priceIdr: 100_000 })).toEqual([]);
  });

  it('finds the made-to-order word in the description when the title has none', () => {
    const [finding] = bait(
      { title: 'Papan Nama Akrilik Ukuran Bebas', description: `${GOOD_DESCRIPTION}\nTulisan bisa custom.`, priceIdr: 1_000 },
      'tokopedia',
    );
    expect(finding?.params).toEqual(['1.000', 'custom']);
  });
});
