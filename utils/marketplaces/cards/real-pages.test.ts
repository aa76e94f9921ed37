// @vitest-environment happy-dom
/**
 * Card extraction on every real saved page in ../shared/real-pages/ (outside the project; these
 * cases skip, saying so, when it is absent). Each card is compared with what the page's own markup
 * says (tests/support/real-pages.ts reads it with regexes, sharing nothing with the extractor),
 * then checked for properties that must hold on any page, then spot-checked against values read
 * from the page by hand. Real titles are never written here (helper rules): spot checks name a
 * title by `titleHash`.
 */
import { describe, expect, it } from 'vitest';
import { titleHash } from '../../../tests/eval/real-listings';
import {
  firstOfEachUrl,
  offline,
  readRealPage,
  realPage,
  REAL_PAGES,
  REAL_PAGES_DIR,
  REAL_PAGES_PRESENT,
  type RealPage,
} from '../../../tests/support/real-pages';
import type { ProductCard } from '../../listing/listing';
import { detectPage } from '../index';
import { extractProductCards } from './extract';
import { dedupeKey } from './links';
import { stripHooks } from './redesign';
import { readText } from './text';

const skipNote = REAL_PAGES_PRESENT ? '' : ` (skipped: ${REAL_PAGES_DIR} is absent)`;
const present = it.skipIf(!REAL_PAGES_PRESENT);

function load(page: RealPage, prepare: (doc: Document) => void = () => {}) {
  const { html, cards: expected } = readRealPage(page);
  const doc = new DOMParser().parseFromString(offline(html), 'text/html');
  prepare(doc);
  return { doc, expected, cards: extractProductCards(doc, page.url) };
}

/** The public product page's host for each marketplace's page (Lazada's is the Philippine site it was saved from). */
const PRODUCT_HOST: Record<RealPage['marketplace'], string> = {
  tokopedia: 'www.tokopedia.com',
  blibli: 'www.blibli.com',
  lazada: 'www.lazada.com.ph',
};
/** What a product page's path looks like on each (marketplaces.md §5.1; Lazada's `/products/{slug}-i{id}.html`). */
const PRODUCT_PATH: Record<RealPage['marketplace'], RegExp> = {
  tokopedia: /^\/[\w-]+\/[\w-]+$/,
  blibli: /^\/p\/[\w-]+\/(?:ps|is)--[\w-]+$/,
  lazada: /^\/products\/[\w-]+-i\d+\.html$/,
};

describe.each(REAL_PAGES)('real saved page $file', (page) => {
  present(`has the ${page.cards} cards its README counts, read from its markup${skipNote}`, () => {
    expect(readRealPage(page).cards).toHaveLength(page.cards);
  });

  present(`gives every card's exact title, price, link, seller city and ad flag, in page order${skipNote}`, () => {
    const { cards, expected } = load(page);
    expect(cards).toHaveLength(page.cards);
    const fields = (card: Partial<ProductCard>) => ({
      title: card.title,
      priceIdr: card.priceIdr,
      url: card.url,
      location: card.location,
      isAd: card.isAd,
    });
    expect(cards.map(fields)).toEqual(expected.map(fields));
  });

  present(
    `holds on every card: rupiah prices only from "Rp" text, public product URLs, no tracker, a city wherever the card shows one${skipNote}`,
    () => {
      const { cards, expected } = load(page);
      cards.forEach((card, i) => {
        if (card.priceIdr !== undefined) {
          expect(Number.isInteger(card.priceIdr) && card.priceIdr > 0, card.title).toBe(true);
          expect(String(card.priceIdr), card.title).not.toMatch(/\./);
        }
        const url = new URL(card.url!);
        expect(url.protocol, card.url).toBe('https:');
        expect(url.hostname, card.url).toBe(PRODUCT_HOST[page.marketplace]);
        expect(url.pathname, card.url).toMatch(PRODUCT_PATH[page.marketplace]);
        expect(card.url, 'no click tracker').not.toMatch(/ta\.tokopedia\.com|\/promo\/v1\/clicks\//);
        if (page.marketplace !== 'lazada')
          expect(detectPage(card.url!), card.url).toEqual({ marketplace: page.marketplace, kind: 'product' });
        if (expected[i]!.location !== undefined) expect(card.location?.trim(), card.title).toBe(expected[i]!.location);
      });
    },
  );

  if (page.distinct !== undefined) {
    present(`counts ${page.distinct} distinct products: an ad and a result for one product are one${skipNote}`, () => {
      expect(new Set(load(page).cards.map((card) => dedupeKey(card.url!))).size).toBe(page.distinct);
    });
  }
});

describe('prices are rupiah or nothing', () => {
  present(
    `every card on the Indonesian pages has the price its "Rp…" text says (the loader reads only text written "Rp"+amount)${skipNote}`,
    () => {
      for (const page of REAL_PAGES.filter((p) => p.marketplace !== 'lazada')) {
        const { cards, expected } = load(page);
        expect(
          cards.map((card) => card.priceIdr),
          page.file,
        ).toEqual(expected.map((card) => card.priceIdr));
        expect(
          expected.every((card) => Number.isInteger(card.priceIdr) && card.priceIdr! > 0),
          page.file,
        ).toBe(true);
      }
    },
  );

  present(
    `Lazada Philippines shows pesos only: no card gets a rupiah price, though each has its title, link and location${skipNote}`,
    () => {
      const page = realPage('lazada-ph-search-diapers.html');
      const { doc, cards } = load(page);
      expect(doc.body.textContent).not.toMatch(/Rp\.?\s?\d/);
      expect(cards).toHaveLength(40);
      expect(cards.filter((card) => card.priceIdr !== undefined)).toEqual([]);
      expect(cards.every((card) => card.title !== '' && card.url && card.location)).toBe(true);
    },
  );
});

describe('spot checks, read from the pages by hand', () => {
  present(`Tokopedia rtx 3070 (2022): headline ad products, TopAds through the tracker, cities without a prefix${skipNote}`, () => {
    const { cards } = load(realPage('tokopedia-search-rtx3070.html'));
    // Cards 0-2 are the headline shop ad of Gamer's Outpost: price, no city, an ad.
    expect(cards[0]).toMatchObject({ priceIdr: 12_499_000, isAd: true });
    expect(cards[0]!.location).toBeUndefined();
    expect(titleHash(cards[0]!.title)).toBe('bef9eb5a2b');
    expect(cards[0]!.url).toMatch(/^https:\/\/www\.tokopedia\.com\/gamersoutpost\/[\w-]+$/);
    // Card 3, the first result, is a TopAds card: its link is the tracker's `r`, product page with `?src=topads`.
    expect(cards[3]).toMatchObject({ priceIdr: 12_831_000, location: 'Jakarta Selatan', isAd: true });
    expect(titleHash(cards[3]!.title)).toBe('f27b462b15');
    expect(cards[3]!.url).toMatch(/^https:\/\/www\.tokopedia\.com\/starseventeen\/[\w-]+\?src=topads$/);
    expect(cards[6]).toMatchObject({ priceIdr: 13_190_000, location: 'Malang', isAd: true });
    expect(cards[16]).toMatchObject({ priceIdr: 13_900_000, location: 'Bandung', isAd: false });
    expect(cards[19]).toMatchObject({ priceIdr: 10_499_000, location: 'Surabaya' });
    expect(cards[53]).toMatchObject({ priceIdr: 13_500_000, location: 'Batam', isAd: false });
    expect(cards[69]).toMatchObject({ priceIdr: 18_200_000, location: 'Bandar Lampung' });
    expect(cards[79]).toMatchObject({ priceIdr: 12_999_000, location: 'Kab. Banyuwangi', isAd: true });
    const results = cards.slice(3);
    expect(results.filter((card) => card.isAd)).toHaveLength(20);
    const cities = results.map((card) => card.location ?? '');
    expect(cities.every((city) => city !== '')).toBe(true);
    const unprefixed = cities.filter((city) => !/^(?:Kab\.|Kota|Jakarta)\s/.test(city));
    expect(unprefixed).toHaveLength(21);
    expect([...new Set(unprefixed)].sort()).toEqual(['Bandar Lampung', 'Bandung', 'Batam', 'Bekasi', 'Malang', 'Medan', 'Surabaya']);
  });

  present(
    `Blibli (2025): split price spans, the city after the seller's name, "Ad" labels, lazy placeholders are no cards${skipNote}`,
    () => {
      const { doc, cards } = load(realPage('blibli-search-pc-gaming.html'));
      expect(doc.querySelectorAll('.product-list__card').length).toBe(40);
      expect(cards).toHaveLength(20);
      expect(cards.filter((card) => card.isAd)).toHaveLength(5);
      expect(cards[0]).toMatchObject({ priceIdr: 10_929_750, location: 'Kota Jakarta Pusat', isAd: true });
      expect(titleHash(cards[0]!.title)).toBe('aab0a1e8eb');
      expect(cards[0]!.url).toMatch(/^https:\/\/www\.blibli\.com\/p\/[\w-]+\/is--PRS-70018-01339-00001\?/);
      expect(cards[4]).toMatchObject({ priceIdr: 3_450_000, location: 'Kota Bandung', isAd: false });
      expect(cards[5]).toMatchObject({ priceIdr: 36_105_000, location: 'Kota Surabaya' });
      expect(cards[10]).toMatchObject({ priceIdr: 16_111_000, location: 'Kota Jakarta Utara' });
      expect(cards[10]!.url).toMatch(/^https:\/\/www\.blibli\.com\/p\/[\w-]+\/ps--NVG-60021-00953\?/);
      // The struck original price ("11.505.000", no "Rp") is never the price.
      expect(cards.map((card) => card.priceIdr)).not.toContain(11_505_000);
    },
  );

  present(`Lazada Philippines (2024): provinces as locations, structure without hooks${skipNote}`, () => {
    const { cards } = load(realPage('lazada-ph-search-diapers.html'));
    expect(cards[0]).toMatchObject({ location: 'Laguna', reviewCount: 384, soldCount: 2000 });
    expect(titleHash(cards[0]!.title)).toBe('a01402cac2');
    expect(cards[0]!.url).toMatch(/^https:\/\/www\.lazada\.com\.ph\/products\/[\w-]+-i2894375047\.html\?spm=/);
    expect(cards[14]).toMatchObject({ location: 'Bulacan', reviewCount: 1663 });
    expect(cards[19]).toMatchObject({ location: 'Metro Manila', reviewCount: 124 });
    // The last two show a discount ("45% Off") where the others show sold and review counts.
    expect(cards[38]).toMatchObject({ location: 'Abra' });
    expect(cards[39]).toMatchObject({ location: 'Abra' });
  });
});

// Lazada Philippines is left out: its links lead to lazada.com.ph, which is no Rapi host, and the
// structural fallback only takes links to this marketplace's own product pages.
const REDESIGNED = REAL_PAGES.filter((page) => page.marketplace !== 'lazada');
/** Products outside the result grid that the structure also finds: the laptop page's headline ad (three products). */
const EXTRA: Record<string, number> = { 'tokopedia-search-laptop.html': 3 };

describe.each(REDESIGNED)('after a redesign (no classes, no data-*) of $file', (page) => {
  present(`finds each product once with its exact title, price and seller city (gazetteer and structure, no hooks)${skipNote}`, () => {
    const { cards, expected } = load(page, stripHooks);
    const byKey = new Map(firstOfEachUrl(expected, dedupeKey).map((card) => [dedupeKey(card.url), card]));
    expect(cards).toHaveLength(byKey.size + (EXTRA[page.file] ?? 0));
    const known = cards.filter((card) => byKey.has(dedupeKey(card.url!)));
    expect(known).toHaveLength(byKey.size);
    for (const card of known) {
      const want = byKey.get(dedupeKey(card.url!))!;
      expect({ title: card.title, priceIdr: card.priceIdr, location: card.location }, card.url).toEqual({
        title: want.title,
        priceIdr: want.priceIdr,
        location: want.location,
      });
    }
  });
});

describe('card text helper on a real card', () => {
  present(`reads a Lazada card's segments in page order${skipNote}`, () => {
    const { doc } = load(realPage('lazada-ph-search-diapers.html'));
    const segments = readText(doc.querySelector('[data-qa-locator="product-item"]')!).segments.map((s) => s.text);
    expect(segments.slice(1)).toEqual(['₱305', '2k+ sold', '(384)', 'Laguna']);
  });
});
