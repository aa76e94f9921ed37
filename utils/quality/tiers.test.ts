import { describe, expect, it } from 'vitest';
import { checkListing } from './index';
import { GOOD_LISTING, listingWith, minimalListing } from '../../tests/support/test-listings';

describe('marketplace tiers', () => {
  it('estimate Shopee’s quality level from its own diagnosis issues', () => {
    expect(checkListing(listingWith({}, 'shopee')).tier).toMatchObject({ level: 'EXCELLENT', issues: [] });
    expect(checkListing(listingWith({ hasVideo: false }, 'shopee')).tier).toMatchObject({ level: 'QUALIFIED', issues: ['LACK_OF_VIDEO'] });
    expect(checkListing(listingWith({ imageCount: 2 }, 'shopee')).tier).toMatchObject({
      level: 'TO_BE_IMPROVED',
      issues: ['TOO_FEW_IMAGES'],
    });
  });

  it('say which criteria they could not judge', () => {
    expect(checkListing(minimalListing('Kaos Polos Katun Combed 30s Hitam', 'shopee')).tier).toMatchObject({
      level: 'QUALIFIED',
      unknown: ['imageCount', 'description', 'hasVideo'],
    });
  });

  it('list TikTok diagnosis codes', () => {
    const tier = checkListing(
      listingWith({ title: 'Kaos polos hitam katun', description: 'Kaos adem.', imageCount: 3, stock: 2 }, 'tiktok-tokopedia'),
    ).tier;
    expect(tier).toMatchObject({
      kind: 'tiktok-diagnosis',
      codes: [
        'TITLE_LESS_THAN_40_CHARACTERS',
        'DESC_LESS_THAN_FIFTY_CHARS',
        'DESC_NO_NEW_LINE',
        'MAIN_IMG_NUMBER_LESS_THAN_FIVE',
        'STOCK_LESS_THAN_FIVE',
      ],
    });
  });

  it('give Lazada a score out of the judged total, Tokopedia 0–100, Blibli none', () => {
    expect(checkListing({ ...GOOD_LISTING, marketplace: 'lazada' }).tier).toMatchObject({ score: 15, total: 15 });
    expect(checkListing(minimalListing('Kaos', 'lazada')).tier).toMatchObject({ score: 0, total: 5 });
    expect(checkListing({ ...GOOD_LISTING, marketplace: 'tokopedia' }).tier).toMatchObject({ score: 100 });
    expect(checkListing(listingWith({ description: 'WA 0812-3456-7890' }, 'tokopedia')).tier).toMatchObject({
      kind: 'tokopedia-product-score',
    });
    expect(checkListing({ ...GOOD_LISTING, marketplace: 'blibli' }).tier).toBeNull();
  });

  it('do not mark a Tokopedia name down for running past the legacy 70 characters, which live names do', () => {
    const long = 'Kemeja Flanel Pria Lengan Panjang Kotak Kotak Bahan Katun Premium Adem Slim Fit';
    expect(long.length).toBeGreaterThan(70);
    expect(checkListing(listingWith({ title: long }, 'tokopedia')).tier).toMatchObject({ score: 100 });
    // The variant a card appends does not lift a short name to the 40 Skor Produk asks for.
    expect(checkListing(listingWith({ title: 'Kemeja Flanel Pria - Merah Marun, XXL' }, 'tokopedia')).tier).not.toMatchObject({
      score: 100,
    });
  });
});
