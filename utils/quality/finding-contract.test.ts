/**
 * What every rule promises about the findings it returns, checked on listings that make every
 * rule speak: the finding names its own rule, uses one of the rule's declared messages, points at
 * a listing field (and inside that field's text when it marks a span), and any fix it offers has
 * a label in both locales. The side panel, the markers and the report rely on each of these.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GOOD_DESCRIPTION, GOOD_LISTING } from '../../tests/support/test-listings';
import { LISTING_FIELDS, type Listing } from '../listing/listing';
import type { MarketplaceId } from '../marketplaces/types';
import { buildContext } from './context';
import { RULE_IDS } from './rule-ids';
import { RULES } from './registry';
import type { Finding, Rule } from './types';

const locale = (language: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url)), 'utf8')) as Record<
    string,
    unknown
  >;
const LOCALES = [locale('id'), locale('en')];

const block = GOOD_DESCRIPTION.replace(/\n/g, ' ');
const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${i + 1}`).join(' ');

/** Listings with one or more problems each; together they make every rule speak. */
const BAD: readonly [MarketplaceId, Partial<Listing>][] = [
  ['shopee', { title: 'Kaos' }],
  ['shopee', { title: 'Kaos Polos Katun '.repeat(20) }],
  ['shopee', { title: 'KAOS POLOS KATUN COMBED HITAM PRIA LENGAN PENDEK' }],
  ['shopee', { title: 'Kaos Polos Katun Murah Promo Diskon 50% Termurah', shopName: 'Toko Berkah' }],
  ['tokopedia', { title: 'Toko Berkah Jaya Kaos Polos Katun Combed Hitam', shopName: 'Toko Berkah Jaya' }],
  ['shopee', { title: 'Kaos Polos!!!!! Katun Combed ***** Hitam Pria' }],
  ['shopee', { title: 'Kaos Kaos Kaos Kaos Polos Kaos Murah Kaos Pria Kaos Wanita Kaos Anak' }],
  ['lazada', { title: 'Kaos Polos Katun Combed Hitam Pria <Baru>' }],
  ['tiktok-tokopedia', { title: 'Kaos Polos Katun Combed Hitam Pria 纯棉' }],
  ['shopee', { title: 'Sabun Mandi Cair + Panci Stainless + Kaos Polos' }],
  ['shopee', { description: 'Bagus.' }],
  ['tiktok-tokopedia', { description: block }],
  ['shopee', { description: `${GOOD_DESCRIPTION}\n${tags(20)}` }],
  ['shopee', { description: `${GOOD_DESCRIPTION}\nPesan lewat WA 0812-3456-7890 ya.` }],
  ['shopee', { description: `${GOOD_DESCRIPTION}\nCek juga toko kami di Tokopedia.` }],
  ['shopee', { title: 'Sepatu Nike Air Jordan KW Super Mirror 1:1 Pria' }],
  ['shopee', { description: `${GOOD_DESCRIPTION}\nTerbukti menyembuhkan diabetes dan kanker dalam 7 hari.` }],
  ['shopee', { imageCount: 0, hasVideo: false }],
  ['shopee', { priceIdr: undefined, found: ['title', 'priceIdr'] }],
  ['tokopedia', { priceIdr: 50 }],
  ['shopee', { title: 'iPhone 15 Pro Max 256GB Garansi Resmi iBox', priceIdr: 50_000 }],
  ['shopee', { stock: 0 }],
  ['shopee', { weightGrams: undefined, found: ['title', 'weightGrams'] }],
  ['shopee', { title: 'Keripik Singkong Pedas Balado 250 gr Renyah', category: 'Makanan & Minuman > Makanan Ringan' }],
  ['shopee', { title: 'Keripik Singkong Pedas Balado 250 gr', description: `${GOOD_DESCRIPTION}\nPIRT 123. Halal.` }],
  ['shopee', { title: 'Tas Anyaman Rotan Produk Lokal', description: `${GOOD_DESCRIPTION}\nBarang import dari China.` }],
];

const listingOf = ([marketplace, changes]: (typeof BAD)[number]): Listing => {
  const listing: Listing = { ...GOOD_LISTING, marketplace, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete (listing as Record<string, unknown>)[key];
  return listing;
};

const findingsOf = (rule: Rule, listing: Listing): Finding[] => rule.check(buildContext(listing, listing.marketplace));

describe('every finding keeps the rules’ contract', () => {
  it('the bad listings make every rule speak', () => {
    const spoke = new Set(RULES.filter((rule) => BAD.some((bad) => findingsOf(rule, listingOf(bad)).length > 0)).map((rule) => rule.id));
    expect(RULE_IDS.filter((id) => !spoke.has(id))).toEqual([]);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    '%s: own id, own message, a real field, a span inside it, a labelled fix',
    (_, rule) => {
      for (const bad of BAD) {
        const listing = listingOf(bad);
        for (const finding of findingsOf(rule, listing)) {
          expect(finding.ruleId).toBe(rule.id);
          expect(rule.messageKeys).toContain(finding.messageKey);
          expect(LISTING_FIELDS).toContain(finding.field);
          for (const param of finding.params) expect(typeof param).toBe('string');
          if (finding.span) {
            const text = String(listing[finding.field as keyof Listing] ?? '');
            expect(finding.span.start).toBeGreaterThanOrEqual(0);
            expect(finding.span.end).toBeGreaterThan(finding.span.start);
            expect(finding.span.end).toBeLessThanOrEqual(text.length);
          }
          if (finding.fix) {
            for (const messages of LOCALES) expect(messages).toHaveProperty([finding.fix.labelKey]);
            expect(finding.fix.field).toBe(finding.field);
          }
        }
      }
    },
  );
});
