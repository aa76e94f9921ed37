import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFix, checkListing, gradeFor, invertFix } from './index';
import { catalogue } from '../i18n/translate';
import { LISTING_FIELDS, type Listing } from '../listing/listing';
import { MARKETPLACE_IDS } from '../marketplaces/types';
import { GOOD_LISTING, minimalListing } from '../../tests/support/test-listings';

// Text that trips detectors: numbers, at-signs, links, claims, RTL and zero-width characters.
const TRICKY = [
  '0812-3456-7890',
  '+62',
  '@',
  '@@',
  '#',
  '!!!',
  'O',
  '0 ',
  '.',
  'a.',
  'www.',
  '://',
  'P-IRT',
  'BPOM RI MD',
  'ID',
  'halal',
  'KW',
  '1:1',
  'impor',
  'lokal',
  '\u202e',
  '\u200b',
  '\ufe0f\u20e3',
  '😀',
  '纯',
  'é',
  '\n',
  ' ',
];
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 80 }).map((parts) => parts.join('')),
);
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -1, 0, 1e12, Number.MAX_VALUE));

const anyListing = fc.record(
  {
    marketplace: fc.constantFrom(...MARKETPLACE_IDS),
    title: anyText,
    description: anyText,
    priceIdr: anyNumber,
    stock: anyNumber,
    weightGrams: anyNumber,
    imageCount: anyNumber,
    hasVideo: fc.boolean(),
    category: anyText,
    condition: fc.constantFrom('new', 'used'),
    variantCount: anyNumber,
    hashtags: fc.array(anyText, { maxLength: 30 }),
    origin: anyText,
    found: fc.subarray([...LISTING_FIELDS]),
  },
  { requiredKeys: ['marketplace', 'title'] },
) as fc.Arbitrary<Listing>;

const texts = (listing: Listing): Record<string, string> => ({ title: listing.title, description: listing.description ?? '' });

describe('checkListing', () => {
  it('never throws and always returns a well-formed report', () => {
    const messages = catalogue('id');
    fc.assert(
      fc.property(anyListing, (listing) => {
        const report = checkListing(listing);
        expect(Number.isInteger(report.score) && report.score >= 0 && report.score <= 100).toBe(true);
        expect(report.grade).toBe(gradeFor(report.score));
        for (const finding of report.findings) {
          expect(messages[finding.messageKey]).toBeDefined();
          expect(finding.params.length).toBeLessThanOrEqual(9);
          const text = texts(listing)[finding.field];
          if (finding.span && text !== undefined) {
            expect(0 <= finding.span.start && finding.span.start <= finding.span.end && finding.span.end <= text.length).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('offers only fixes that apply to the listing it judged, and undo restores it', () => {
    fc.assert(
      fc.property(anyListing, (listing) => {
        for (const { fix } of checkListing(listing).findings) {
          if (!fix) continue;
          const applied = applyFix(listing, fix);
          expect(applied).not.toBeNull();
          expect(applyFix(applied!, invertFix(fix))?.[fix.field]).toEqual(listing[fix.field]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('survives huge strings of unicode, RTL and zero-width characters', () => {
    // About 110 KB: twenty times a marketplace's longest description. (Half a megabyte, as before, took
    // over five seconds instrumented on a loaded machine and stopped the mutation run's first pass.)
    const huge = '\u202eكاوس\u200b 😀👨‍👩‍👧 0812\u200b3456 @@ a.a. '.repeat(2_500);
    for (const marketplace of MARKETPLACE_IDS) {
      const report = checkListing({ marketplace, title: huge, description: huge, hashtags: [huge.slice(0, 200)] });
      expect(report.score).toBeGreaterThanOrEqual(0);
    }
  });

  it('judges a minimal listing by its title only: unknown fields give no findings', () => {
    for (const marketplace of MARKETPLACE_IDS) {
      const report = checkListing(minimalListing('Kaos Polos Katun Combed 30s Lengan Pendek Pria Hitam', marketplace));
      expect(report.findings).toEqual([]);
      expect(report.unknown).toEqual(LISTING_FIELDS.filter((field) => field !== 'title'));
    }
  });

  it('finds nothing wrong with a complete, clean listing on any marketplace', () => {
    for (const marketplace of MARKETPLACE_IDS) {
      const report = checkListing({ ...GOOD_LISTING, marketplace });
      expect(report.findings).toEqual([]);
      expect(report.score).toBe(100);
    }
  });

  it('treats unreadable numbers as unknown rather than as mistakes', () => {
    const report = checkListing({ ...GOOD_LISTING, priceIdr: Number.NaN, stock: -3, weightGrams: Infinity });
    expect(report.findings).toEqual([]);
    expect(report.unknown).toEqual(expect.arrayContaining(['priceIdr', 'stock', 'weightGrams']));
  });

  it('lists errors first, then warnings, then tips', () => {
    const report = checkListing({
      ...GOOD_LISTING,
      title: 'KAOS POLOS TERMURAH GRATIS ONGKIR',
      description: 'WA 0812-3456-7890',
      hasVideo: false,
    });
    const order = report.findings.map((finding) => finding.severity);
    expect(order).toEqual([...order].sort((a, b) => ['error', 'warning', 'tip'].indexOf(a) - ['error', 'warning', 'tip'].indexOf(b)));
    expect(order[0]).toBe('error');
  });

  it('judges against another marketplace when asked', () => {
    const listing = { ...GOOD_LISTING, marketplace: 'shopee' as const, description: `${GOOD_LISTING.description}\nJuga ada di Shopee.` };
    expect(checkListing(listing).findings).toEqual([]);
    expect(checkListing(listing, { marketplace: 'lazada' }).findings.map((f) => f.ruleId)).toEqual(['other-marketplace']);
  });

  it('falls back to the common-ground profile for an unknown marketplace id instead of throwing', () => {
    const report = checkListing({ ...GOOD_LISTING, marketplace: 'bukalapak' as never });
    expect(report.marketplace).toBe('blibli');
  });
});
