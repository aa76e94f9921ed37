import { describe, expect, it } from 'vitest';
import { titlePromoWords } from './title-promo-words';
import { listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';

const found = (title: string) => runRule(titlePromoWords, listingWith({ title })).map((f) => [f.params[0], f.severity]);

describe('title-promo-words', () => {
  it.each([
    'PROMO',
    'Diskon 50%',
    'gratis ongkir',
    'obral',
    'Obrall',
    'cuci gudang',
    'Flash Sale',
    'bisa COD',
    'FLASHSALE',
    'Super Deal',
    'Best Offer',
    'Beli 2 Gratis 1',
    'Buy 1 Get 1',
    'BOGO',
    'Beli 2 pcs Lebih Hemat',
    'Harbolnas',
    'Cashback',
    'RAMADHAN SALE',
    '[COD]',
    'Free Gift',
    'Bonus Tas',
    'Free Pouch',
    'GRATIS Usb',
    'Hot Bonus',
  ])('flags “%s” as a warning, with its span', (word) => {
    const title = `Kaos Polos Katun ${word} Hitam`;
    const [finding] = runRule(titlePromoWords, listingWith({ title }));
    expect(finding).toMatchObject({ severity: 'warning', params: [word] });
    expect(title.slice(finding!.span!.start, finding!.span!.end)).toBe(word);
  });

  it('reads "COD" closing a title as cash on delivery, and a gift glued to the word before', () => {
    expect(found('Paket Skincare Glow Serum Toner COD')).toEqual([['COD', 'warning']]);
    expect(found('Flashdisk 32GB DiskFree POP Socket')).toEqual([['Free POP', 'warning']]);
  });

  it.each(['12.12', '11.11', '9.9', '10.10'])('flags the campaign date %s', (date) => {
    const [finding] = runRule(titlePromoWords, listingWith({ title: `Sepatu Lari Pria ${date} Ukuran 42` }));
    expect(finding).toMatchObject({ severity: 'warning', params: [date], messageKey: 'rule_title_promo_words_date' });
  });

  it.each(['murah', 'VIRAL', 'ready stock', 'murah meriah', 'Paling Murah', 'Free Office', 'free centong'])(
    'only suggests dropping “%s” (a tip)',
    (word) => {
      expect(found(`Kaos Polos Katun ${word} Hitam`)).toEqual([[word, 'tip']]);
    },
  );

  it('removes the word without leaving a dangling joiner', () => {
    const listing = listingWith({ title: 'Kaos Polos Katun Combed - Promo' });
    const [finding] = runRule(titlePromoWords, listing);
    expect(applyFix(listing, finding!.fix!)?.title).toBe('Kaos Polos Katun Combed');
  });

  it.each([
    'Kaos Polos Wholesale Salem Promotor Codet',
    'Minyak Ikan Cod Cod Liver Oil 100 Kapsul',
    'Kampas Rem Disc Brake Depan Honda Vario 150',
    'DVD Disc Film Kartun Anak Original',
    'PS5 Slim Disc Edition 1TB Garansi Resmi',
    'Kaset PS4 COD Black Ops 4 Original',
    'Call of Duty COD Modern Warfare III PS5 Region 3',
    'Source Code Toko Online dengan metode pembayaran COD dan transfer',
    'Tablet Android 4.4 Layar 7 inch',
    'Kabel USB 1.1 Printer 1.5 Meter',
    'Monitor 9.9 inch Portable HDMI',
    'Botol Minum BPA Free 1 Liter',
    'Kaos Polos Katun Combed Termurah Terlaris',
    'Toner Alcohol-Free untuk Kulit Sensitif',
    'Source Code Toko Online bonus payment method',
    'Kaos Oversize Free Size Unisex',
    'Ukuran 11.11 cm Bingkai Foto',
    'Kabel HDMI 1.1 meter Gold Plated',
    'Kaos Polos Harga 9.9rb Grosir',
  ])('stays quiet for %s', (title) => {
    expect(found(title)).toEqual([]);
  });
});
