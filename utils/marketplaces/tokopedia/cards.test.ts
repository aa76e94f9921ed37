// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeCardFixtures, stripHooks } from '../../../tests/support/card-fixture-suite';
import {
  firstOfEachUrl,
  offline,
  readRealPage,
  realPage,
  REAL_PAGES_DIR,
  REAL_PAGES_PRESENT,
  REAL_SEARCH_URL,
} from '../../../tests/support/real-pages';
import { dedupeKey } from '../cards/links';
import { extractProductCards } from '../index';

describeCardFixtures('tokopedia', [
  {
    kind: 'shop',
    count: 64,
    ads: 2,
    samples: {
      0: {
        title: 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang',
        priceIdr: 285_000,
        location: 'Kab. Pekalongan',
        rating: 4.9,
        soldCount: 250,
        isAd: false,
      },
      3: { title: 'kemeja batik cowok murah', priceIdr: 69_000, rating: 5, isAd: true },
      10: { title: 'Kain Batik Cap Motif Tujuh Rupa Katun 2 m', priceIdr: 85_000, soldCount: 750, isAd: true },
      18: { title: 'Batik', priceIdr: 95_000, url: 'https://www.tokopedia.com/batiksaripekalongan/batik' },
      54: { title: 'Kain Batik Tulis Pekalongan Parang Barong Pewarna Alam 2,25 m', priceIdr: 880_000, soldCount: 1000 },
    },
  },
  {
    kind: 'search',
    count: 36,
    ads: 3,
    samples: {
      0: { title: 'Kain Batik Tulis Pekalongan Motif Jlamprang Pewarna Alam 2,25 m', priceIdr: 685_000, isAd: true },
      5: { title: 'Kain Batik Tulis Halus Pekalongan Motif Hokokai Sutra', priceIdr: 1_850_000, location: 'Kab. Pekalongan' },
      9: { title: 'PROMO!!! TERMURAH Batik Tulis Pekalongan Kemeja Pria', priceIdr: 99_000, location: 'Kota Surakarta', isAd: true },
    },
  },
  {
    kind: 'product-list',
    count: 10,
    ads: 0,
    samples: {
      // The price is an input's value beside an "Rp" label; "1,2rb" beside the sold count is views.
      0: { title: 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang', priceIdr: 285_000, soldCount: 250 },
      9: { title: 'Kemeja Batik Anak Motif Buketan Usia 2-10 Tahun', priceIdr: 65_000, soldCount: 8 },
    },
  },
]);

const skipNote = REAL_PAGES_PRESENT ? '' : ` (skipped: ${REAL_PAGES_DIR} is absent)`;

// The two 2020 pages, card by card; every page in ../shared/real-pages is checked in cards/real-pages.test.ts.
describe.each([realPage('tokopedia-search-i5.html'), realPage('tokopedia-search-laptop.html')])('real saved page $file', (page) => {
  const load = () => {
    const { html, cards } = readRealPage(page);
    return { doc: new DOMParser().parseFromString(offline(html), 'text/html'), all: cards, expected: firstOfEachUrl(cards, dedupeKey) };
  };

  it.skipIf(!REAL_PAGES_PRESENT)(`has the ${page.cards} cards its README counts${skipNote}`, () => {
    expect(load().all).toHaveLength(page.cards);
  });

  it.skipIf(!REAL_PAGES_PRESENT)(`gives every card's exact title, price, link and ad flag, in page order${skipNote}`, () => {
    const { doc, all, expected } = load();
    const cards = extractProductCards(doc, REAL_SEARCH_URL);
    expect(cards).toHaveLength(page.cards);
    // Both pages show some products twice (TopAds slots repeat; the laptop page lists one twice): each card is listed.
    expect(expected.length).toBeLessThan(all.length);
    expect(cards.map(({ title, priceIdr, url, isAd }) => ({ title, priceIdr, url, isAd }))).toEqual(
      all.map(({ title, priceIdr, url, isAd }) => ({ title, priceIdr, url, isAd })),
    );
    expect(cards.map((c) => c.location)).toEqual(all.map((c) => c.location));
    expect(cards.map((c) => c.reviewCount)).toEqual(all.map((c) => c.reviewCount));
  });

  it.skipIf(!REAL_PAGES_PRESENT)(`after a redesign (no classes, no data-*), still finds every card by structure${skipNote}`, () => {
    const { doc, expected } = load();
    stripHooks(doc);
    const found = new Map(extractProductCards(doc, REAL_SEARCH_URL).map((card) => [dedupeKey(card.url!), card]));
    for (const card of expected) {
      expect(found.get(dedupeKey(card.url)), card.title).toMatchObject({ title: card.title, priceIdr: card.priceIdr, isAd: card.isAd });
    }
    // The laptop page also shows a headline ad with three products outside the result grid.
    expect(found.size - expected.length).toBe(page.file.includes('laptop') ? 3 : 0);
  });
});
