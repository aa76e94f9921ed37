import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProductCard } from '../listing/listing';
import { auditCards } from './audit-cards';
import { SCORING_VERSION } from './listing-score';
import { AuditSchema } from './schema';
import { AT, SHOP } from '../../tests/support/test-audits';

const context = { marketplace: 'tokopedia', shopName: 'Batik Sari Pekalongan', url: SHOP, at: AT } as const;
const card = (slug: string, title: string, extra: Partial<ProductCard> = {}): ProductCard => ({
  title,
  priceIdr: 100_000,
  url: `${SHOP}/${slug}`,
  ...extra,
});

describe('auditCards', () => {
  it('counts a product shown twice once, and an ad repeat marks it advertised', () => {
    const cards = [
      card('kemeja', 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang'),
      card('kain', 'KAIN BATIK CAP MOTIF PARANG 2 METER'),
      card('kemeja#ad', 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang', { isAd: true }),
      card('kain', 'KAIN BATIK CAP MOTIF PARANG 2 METER'),
    ];
    const audit = auditCards(cards, context);
    expect(audit.products.map((p) => p.key)).toEqual([`${SHOP}/kemeja`, `${SHOP}/kain`]);
    expect(audit.products[0]!.card).toMatchObject({ url: `${SHOP}/kemeja`, isAd: true });
    expect(audit.summary).toMatchObject({ count: 2, cardsOnPage: 4, adCount: 1 });
    expect(audit.summary.topIssues).toContainEqual({ issue: 'title-all-caps', products: 1 });
  });

  it('keys products without a link by title, and leaves out cards it could not store', () => {
    const cards = [
      { title: 'Batik Tulis Lasem' },
      { title: 'Batik Tulis Lasem', priceIdr: 90_000 },
      { title: '' },
      { title: 'Sarung', priceIdr: -5 } as ProductCard,
    ];
    const audit = auditCards(cards, context);
    expect(audit.products.map((p) => p.key)).toEqual(['Batik Tulis Lasem']);
    expect(audit.summary.cardsOnPage).toBe(4);
  });

  it('gives a plain, versioned, schema-valid object with empty notes and actions', () => {
    const audit = auditCards([card('a', 'Kemeja Batik Anak Motif Buketan Usia 2-10 Tahun')], context);
    expect(audit).toMatchObject({
      version: 1,
      marketplace: 'tokopedia',
      shopName: 'Batik Sari Pekalongan',
      url: SHOP,
      at: AT.toISOString(),
      notes: '',
      actions: [],
    });
    expect(JSON.parse(JSON.stringify(audit))).toEqual(audit);
    expect(AuditSchema.parse(audit)).toEqual(audit);
    expect(auditCards([], { ...context, shopName: undefined })).not.toHaveProperty('shopName');
    // Which scoring model made the scores, and where the page gave the name.
    expect(audit.scoring).toBe(SCORING_VERSION);
    expect(auditCards([], { ...context, shopNameFrom: 'title' })).toMatchObject({
      shopName: 'Batik Sari Pekalongan',
      shopNameFrom: 'title',
    });
    expect(auditCards([], { ...context, shopName: undefined, shopNameFrom: 'title' })).not.toHaveProperty('shopNameFrom');
  });

  it('refuses an invalid date rather than saving an audit that cannot be placed in time', () => {
    expect(() => auditCards([], { ...context, at: new Date('nope') })).toThrow(RangeError);
  });

  it('always produces an audit its own schema accepts', () => {
    const anyCard = fc.record(
      {
        title: fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('BATIK', 'Kemeja Batik Import', '=cmd', 'Batik Tulis Pekalongan')),
        priceIdr: fc.oneof(fc.nat(), fc.double()),
        url: fc.constantFrom(`${SHOP}/a`, `${SHOP}/a#x`, `${SHOP}/b`, 'javascript:alert(1)'),
        isAd: fc.boolean(),
      },
      { requiredKeys: ['title'] },
    );
    fc.assert(
      fc.property(fc.array(anyCard, { maxLength: 12 }), fc.string({ maxLength: 20 }), (cards, shopName) => {
        const audit = auditCards(cards as ProductCard[], { ...context, shopName });
        expect(AuditSchema.safeParse(audit).success).toBe(true);
        expect(new Set(audit.products.map((p) => p.key)).size).toBe(audit.products.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('auditCards and the shop name', () => {
  const titles = [
    card('a', 'Kemeja Batik Tulis Motif Jlamprang Batik Sari Shop'),
    card('b', 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang'),
  ];
  const shopNameIssue = (audit: ReturnType<typeof auditCards>) =>
    audit.products.map((p) => p.findings.some((f) => f.ruleId === 'title-shop-name'));

  it("notices titles that repeat the shop's own name, when the page gave the name", () => {
    expect(shopNameIssue(auditCards(titles, { ...context, shopName: 'Batik Sari Shop', shopNameFrom: 'header' }))).toEqual([true, false]);
  });

  it('never takes a page title for a shop name', () => {
    expect(shopNameIssue(auditCards(titles, { ...context, shopName: 'Batik Sari Shop', shopNameFrom: 'title' }))).toEqual([false, false]);
  });
});
