// @vitest-environment happy-dom
/**
 * A redesign, imagined: every class, data-testid, data-sqe and other data-* attribute is taken
 * off a fixture, so no adapter hook matches, and the structural fallback alone must still find
 * every card with its exact title, price and ad flag.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import type { ProductCard } from '../../listing/listing';
import { CARD_PAGES, cardsOf, stripHooks } from '../../../tests/support/card-fixture-suite';
import { findCardsByStructure } from './structural';
import type { CardContext } from './types';

const shown = ({ title, priceIdr, isAd }: ProductCard) => ({ title, priceIdr, isAd });

describe('structural fallback after a redesign', () => {
  it.each(CARD_PAGES)('$file: finds every card with its title, price and ad flag', (page) => {
    const expected = cardsOf(page);
    const redesigned = cardsOf(page, stripHooks);
    expect(redesigned.map(shown)).toEqual(expected.map(shown));
    // The same URLs as with the hooks (none on Shopee's seller list, which links only to edit forms).
    expect(redesigned.map((card) => card.url)).toEqual(expected.map((card) => card.url));
    for (const card of redesigned) if (page.file !== 'shopee/product-list.html') expect(card.url, card.title).toMatch(/^https:\/\//);
  });

  it('finds the card elements themselves, one per product', () => {
    const page = CARD_PAGES.find((p) => p.file === 'shopee/search.html')!;
    const doc = loadFixture(page.file);
    stripHooks(doc);
    const ctx: CardContext = { pageUrl: page.url, marketplace: 'shopee', linkKinds: ['product'] };
    const cards = findCardsByStructure(doc, ctx);
    expect(cards).toHaveLength(30);
    expect(new Set(cards.map((card) => card.localName))).toEqual(new Set(['li']));
  });

  it('finds nothing on a page without product links or prices', () => {
    const doc = new DOMParser().parseFromString('<ul><li><a href="/help">Bantuan</a> Rp10.000</li><li>Rp5.000</li></ul>', 'text/html');
    expect(
      findCardsByStructure(doc, { pageUrl: 'https://www.tokopedia.com/search?q=x', marketplace: 'tokopedia', linkKinds: ['product'] }),
    ).toEqual([]);
  });
});
