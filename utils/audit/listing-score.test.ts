import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LISTING_FIELDS, type Listing } from '../listing/listing';
import { checkListing, RULE_IDS, SEVERITIES, type RuleId, type Severity } from '../quality/index';
import { ERROR_CAP, scoreListing, scoreReport, titleSubstance } from './listing-score';
import { scoreCard } from './score-card';

const everything = () => true;
const titleOnly = (field: string) => field === 'title';
const GOOD_TITLE = 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang';
const anyFinding = fc.record({ ruleId: fc.constantFrom(...RULE_IDS), severity: fc.constantFrom(...SEVERITIES) });
const finding = (severity: Severity, ruleId: RuleId = 'title-all-caps') => ({ ruleId, severity });

describe('titleSubstance', () => {
  it('grows with what the title tells a buyer: words, length, a size or model number', () => {
    expect(titleSubstance('Kopi')).toBe(0);
    expect(titleSubstance('Kopi Arabika')).toBeLessThan(titleSubstance('Kopi Arabika Gayo Bubuk'));
    expect(titleSubstance('Kopi Arabika Gayo Bubuk')).toBeLessThan(titleSubstance('Kopi Arabika Gayo Bubuk 200 gr'));
    expect(titleSubstance(GOOD_TITLE)).toBe(1);
    // Repeating one word is not more information.
    expect(titleSubstance('Kopi Kopi Kopi Kopi Kopi Kopi Kopi Kopi')).toBeLessThan(0.5);
  });
});

describe('scoreListing', () => {
  it('gives a complete, clean listing full marks and stays an integer in 0–100', () => {
    expect(scoreListing({ title: GOOD_TITLE, findings: [], known: everything })).toEqual({ score: 100, grade: 'A' });
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.array(anyFinding, { maxLength: 40 }), fc.boolean(), (title, findings, all) => {
        const { score } = scoreListing({ title, findings, known: all ? everything : titleOnly });
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
    );
  });

  it('never scores a listing with an error-level finding above grade C, however good the rest', () => {
    for (const ruleId of ['counterfeit-claim', 'contact-info', 'title-too-long'] as const) {
      const result = scoreListing({ title: GOOD_TITLE, findings: [finding('error', ruleId)], known: everything });
      expect(result.score).toBeLessThanOrEqual(ERROR_CAP);
      expect(result.grade).toBe('C');
    }
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.array(anyFinding, { maxLength: 20 }),
        fc.constantFrom(...RULE_IDS),
        (title, findings, ruleId) => {
          return scoreListing({ title, findings: [...findings, finding('error', ruleId)], known: everything }).score <= ERROR_CAP;
        },
      ),
    );
  });

  it('never gives a one-word title an A, even on a listing where everything else is known and clean', () => {
    for (const title of ['Kopi', 'Batik', 'KERIPIK', 'Sepatu!!!', '  Tas  ']) {
      expect(scoreListing({ title, findings: [], known: everything }).grade).not.toBe('A');
    }
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z]{1,30}$/),
        (word) => scoreListing({ title: word, findings: [], known: everything }).grade !== 'A',
      ),
    );
  });

  it('does not count what the page did not show as perfect', () => {
    const card = scoreListing({ title: GOOD_TITLE, findings: [], known: (field) => field === 'title' || field === 'priceIdr' });
    expect(card.score).toBeLessThan(100);
    expect(card.score).toBeLessThan(scoreListing({ title: GOOD_TITLE, findings: [], known: everything }).score);
    // Still an A: a card whose title is as good as a title gets is among the shop's best.
    expect(card.grade).toBe('A');
  });

  it('weighs errors over warnings over tips, and a repeat of one rule less than another rule', () => {
    const at = (findings: { ruleId: RuleId; severity: Severity }[]) =>
      scoreListing({ title: GOOD_TITLE, findings, known: everything }).score;
    expect(at([finding('tip')])).toBeGreaterThan(at([finding('warning')]));
    expect(at([finding('warning')])).toBeGreaterThan(at([finding('error')]));
    expect(at([finding('warning'), finding('warning')])).toBeGreaterThan(at([finding('warning'), finding('warning', 'title-promo-words')]));
  });

  it('never rises when a finding is added (monotone)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }),
        fc.array(anyFinding, { maxLength: 30 }),
        anyFinding,
        fc.subarray([...LISTING_FIELDS]),
        (title, findings, extra, shown) => {
          const known = (field: (typeof LISTING_FIELDS)[number]) => shown.includes(field);
          return scoreListing({ title, findings: [...findings, extra], known }).score <= scoreListing({ title, findings, known }).score;
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('one number per listing', () => {
  it('gives a card in the report the score the panel gives the same listing read from the same fields', () => {
    for (const [title, priceIdr] of [
      [GOOD_TITLE, 285_000],
      ['Kopi', 45_000],
      ['PROMO!!! TERMURAH Kemeja Batik Cap Pria', 99_000],
      ['Kaos Polos Hubungi 0812-3456-7890', 35_000],
    ] as const) {
      const listing: Listing = { marketplace: 'tokopedia', title, priceIdr, found: ['title', 'priceIdr'] };
      const panel = scoreReport(checkListing(listing), listing.title);
      const card = scoreCard({ title, priceIdr, url: 'https://www.tokopedia.com/toko/p' }, 'tokopedia');
      expect({ score: card.score, grade: card.grade }).toEqual(panel);
    }
  });
});
