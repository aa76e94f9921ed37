/**
 * Test helpers for the card tests (imported only by *.test.ts, never by the extension): the
 * fixture pages with cards, and the per-marketplace fixture suite.
 */
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES, type FixturePage } from '../fixtures/pages';
import { loadFixture } from '../unit/load-fixture';
import type { ProductCard } from '../../utils/listing/listing';
import type { MarketplaceId } from '../../utils/marketplaces/types';
import { extractProductCards } from '../../utils/marketplaces/cards/extract';

export { stripHooks } from '../../utils/marketplaces/cards/redesign';

export const CARD_KINDS = ['shop', 'search', 'product-list'] as const;
export const CARD_PAGES: readonly FixturePage[] = FIXTURE_PAGES.filter((p) => (CARD_KINDS as readonly string[]).includes(p.kind));

export interface CardFixtureCase {
  kind: (typeof CARD_KINDS)[number];
  /** Cards on the page, counted by hand from the fixture (its author's notes agree). */
  count: number;
  ads: number;
  /** The page links to no public product page (Shopee's seller list links only to edit forms): no card has a URL. */
  noUrls?: true;
  /** Chosen cards, by position, with the fields they must have exactly. */
  samples: Record<number, Partial<ProductCard>>;
}

export function cardsOf(page: FixturePage, prepare: (doc: Document) => void = () => {}): ProductCard[] {
  const doc = loadFixture(page.file);
  prepare(doc);
  return extractProductCards(doc, page.url);
}

export function describeCardFixtures(marketplace: MarketplaceId, cases: readonly CardFixtureCase[]): void {
  describe(`${marketplace} product cards`, () => {
    it.each(cases)('$kind: $count cards, $ads of them ads', ({ kind, count, ads, samples, noUrls }) => {
      const page = CARD_PAGES.find((p) => p.marketplace === marketplace && p.kind === kind);
      expect(page, `no ${kind} fixture for ${marketplace}`).toBeDefined();
      const cards = cardsOf(page!);
      expect(cards).toHaveLength(count);
      expect(cards.filter((card) => card.isAd)).toHaveLength(ads);
      if (noUrls) expect(cards.filter((card) => card.url !== undefined)).toEqual([]);
      else expect(new Set(cards.map((card) => card.url)).size, 'one card per product URL').toBe(count);
      for (const card of cards) {
        expect(card.title.trim(), JSON.stringify(card)).not.toBe('');
        // Every card in these fixtures shows a price.
        expect(card.priceIdr, card.title).toBeGreaterThan(0);
        if (!noUrls) expect(card.url, card.title).toMatch(/^https:\/\//);
      }
      for (const [index, sample] of Object.entries(samples)) expect(cards[Number(index)]).toMatchObject(sample);
    });
  });
}
