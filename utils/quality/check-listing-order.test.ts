import { describe, expect, it } from 'vitest';
import { GOOD_LISTING } from '../../tests/support/test-listings';
import { checkListing } from './index';

describe('checkListing order', () => {
  it('lists findings by severity, then field, then where they start in it (a finding on the whole field first)', () => {
    const { findings } = checkListing({
      ...GOOD_LISTING,
      title: 'Kaos KW Super Polos Murah Promo Diskon Cek Tokopedia',
      description: 'Cek juga di Tokopedia. Hubungi WA 0812 3456 7890. Produk lokal, barang import China.',
    });
    expect(findings.map((f) => [f.severity, f.field, f.span?.start, f.ruleId])).toEqual([
      ['error', 'title', 5, 'counterfeit-claim'],
      ['error', 'title', 43, 'other-marketplace'],
      ['error', 'description', 12, 'other-marketplace'],
      ['error', 'description', 34, 'contact-info'],
      ['warning', 'title', 26, 'title-promo-words'],
      ['warning', 'title', 32, 'title-promo-words'],
      ['warning', 'description', undefined, 'description-too-short'],
      ['warning', 'description', 71, 'local-claim-conflict'],
      ['tip', 'title', 20, 'title-promo-words'],
    ]);
  });
});
