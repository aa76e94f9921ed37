/**
 * Tokopedia's Skor Produk estimate has four equal parts (name, description, photos, authenticity:
 * utils/marketplaces/tokopedia/tier.ts). These pin the authenticity part, which a mutation run
 * showed no test held (issue 14): only an *error* from the three authenticity rules takes it away;
 * and the name's thresholds, which the same run left loose.
 */
import { describe, expect, it } from 'vitest';
import { GOOD_DESCRIPTION, GOOD_LISTING, listingWith, minimalListing } from '../../tests/support/test-listings';
import { checkListing } from './index';

const GOOD_TITLE = GOOD_LISTING.title;

function tokopedia(changes: Parameters<typeof listingWith>[0]) {
  const report = checkListing(listingWith(changes, 'tokopedia'));
  const score = report.tier?.kind === 'tokopedia-product-score' ? report.tier.score : undefined;
  return { score, findings: report.findings.map((f) => `${f.ruleId}:${f.severity}`) };
}

describe('Tokopedia Skor Produk estimate', () => {
  it('is a full quarter of the estimate on a clean listing', () => {
    expect(tokopedia({})).toEqual({ score: 100, findings: [] });
  });

  it.each([
    [
      'a phone number in the description',
      { description: `${GOOD_DESCRIPTION}\nPesan lewat WA 0812-3456-7890 ya kak.` },
      'contact-info:error',
    ],
    ['a clone word in the name', { title: `${GOOD_TITLE} KW Super` }, 'counterfeit-claim:error'],
    [
      'another marketplace in the description',
      { description: `${GOOD_DESCRIPTION}\nLebih murah di Shopee, cek toko kami di sana.` },
      'other-marketplace:error',
    ],
  ])('is lost to %s (an error the marketplace penalises): 75, not 100', (_label, changes, finding) => {
    expect(tokopedia(changes)).toEqual({ score: 75, findings: [finding] });
  });

  it('is kept when an authenticity rule only warns (a brand look-alike that may be honest)', () => {
    const result = tokopedia({ title: `${GOOD_TITLE} Adidas Adidaz` });
    expect(result.findings).toEqual(['counterfeit-claim:warning']);
    expect(result.score).toBe(100);
  });

  it('is kept when the error comes from a rule that is not about authenticity (a cure claim)', () => {
    const result = tokopedia({ title: `${GOOD_TITLE} Menyembuhkan Kanker` });
    expect(result.findings).toEqual(['unproven-claim:error']);
    expect(result.score).toBe(100);
  });

  it('gives the name full marks from 40 characters, half from 20, none below', () => {
    const named = (length: number) =>
      tokopedia({ title: 'Kaos Polos Katun Combed Hitam Pria Lengan Pendek'.slice(0, length).padEnd(length, 'x') }).score;
    expect([named(40), named(39), named(20), named(19)]).toEqual([100, 88, 88, 75]);
  });

  it('weighs as much as the name when description and photos are unknown: half of the estimate', () => {
    const report = checkListing(minimalListing(`${GOOD_TITLE} WA 081234567890`, 'tokopedia'));
    expect(report.tier).toEqual({ kind: 'tokopedia-product-score', score: 50, unknown: ['description', 'imageCount'] });
    expect(checkListing(minimalListing(GOOD_TITLE, 'tokopedia')).tier).toMatchObject({ score: 100 });
  });
});
