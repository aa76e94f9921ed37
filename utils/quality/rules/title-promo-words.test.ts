import { describe, expect, it } from 'vitest';
import { titlePromoWords } from './title-promo-words';
import { listingWith, runRule } from '../test-listings';
import { applyFix } from '../fix';

describe('title-promo-words', () => {
  it.each(['PROMO', 'termurah', 'Diskon 50%', 'gratis ongkir', 'VIRAL', 'murah meriah', 'best seller', 'obral', 'cuci gudang', 'Flash Sale', 'bisa COD'])(
    'flags “%s” with its span',
    (word) => {
      const title = `Kaos Polos Katun ${word} Hitam`;
      const [finding] = runRule(titlePromoWords, listingWith({ title }));
      expect(finding).toMatchObject({ severity: 'warning', params: [word] });
      expect(title.slice(finding!.span!.start, finding!.span!.end)).toBe(word);
    },
  );

  it('removes the word without leaving a dangling joiner', () => {
    const listing = listingWith({ title: 'Kaos Polos Katun Combed - Termurah' });
    const [finding] = runRule(titlePromoWords, listing);
    expect(applyFix(listing, finding!.fix!)?.title).toBe('Kaos Polos Katun Combed');
  });

  it('stays quiet for words that only contain a promo word', () => {
    expect(runRule(titlePromoWords, listingWith({ title: 'Kaos Polos Wholesale Salem Promotor Codet' }))).toEqual([]);
    expect(runRule(titlePromoWords, listingWith({ title: 'Minyak Ikan Cod Cod Liver Oil 100 Kapsul' }))).toEqual([]);
  });
});
