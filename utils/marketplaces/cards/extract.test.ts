// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { extractProductCards } from '../index';
import { CARD_PAGES } from '../../../tests/support/card-fixture-suite';

const SEARCH = 'https://www.tokopedia.com/search?st=product&q=batik';
const PRODUCT = 'https://www.tokopedia.com/batiksaripekalongan/batik';

/** A Tokopedia search page made of the given card bodies (HTML, as a page would serve it). */
function page(...cards: string[]): Document {
  const html = cards.map((body) => `<div data-testid="master-product-card">${body}</div>`).join('');
  return new DOMParser().parseFromString(`<html><body><div>${html}</div></body></html>`, 'text/html');
}
const card = (name: string, price = 'Rp10.000', href = PRODUCT) =>
  `<a href="${href}"><span data-testid="spnSRPProdName">${name}</span><span data-testid="spnSRPProdPrice">${price}</span></a>`;

describe('extractProductCards', () => {
  it('reads only shop, search and product-list pages of a known marketplace', () => {
    const doc = loadFixture('tokopedia/search.html');
    expect(extractProductCards(doc, SEARCH)).toHaveLength(36);
    expect(extractProductCards(doc, PRODUCT)).toEqual([]);
    expect(extractProductCards(doc, 'https://seller.tokopedia.com/add-product')).toEqual([]);
    expect(extractProductCards(doc, 'https://www.tokopedia.com/help')).toEqual([]);
    expect(extractProductCards(doc, 'https://example.com/search?q=batik')).toEqual([]);
    expect(extractProductCards(doc, 'not a url')).toEqual([]);
  });

  it("does not take another marketplace's products for this page's", () => {
    expect(extractProductCards(loadFixture('shopee/search.html'), SEARCH)).toEqual([]);
  });

  it('keeps hostile text as plain text and never runs or renders it', () => {
    const doc = page(
      card('&lt;img src=x onerror="alert(1)"&gt; Kemeja', 'Rp10.000', `${PRODUCT}-1`),
      card('Kain <script>window.pwned = true</script><b>Batik</b>', 'Rp20.000', `${PRODUCT}-2`),
    );
    const cards = extractProductCards(doc, SEARCH);
    expect(cards.map((c) => c.title)).toEqual(['<img src=x onerror="alert(1)"> Kemeja', 'Kain Batik']);
    expect((window as unknown as { pwned?: boolean }).pwned).toBeUndefined();
    expect(JSON.parse(JSON.stringify(cards))).toEqual(cards);
  });

  it('keeps only http(s) links and images, never javascript: ones', () => {
    const doc = page(
      `<a data-testid="lnkProductContainer" href="javascript:alert(1)"><img alt="Batik" src="javascript:alert(2)"></a>${card('Batik')}`,
    );
    const [read] = extractProductCards(doc, SEARCH);
    expect(read).toMatchObject({ title: 'Batik', url: PRODUCT });
    expect(read?.image).toBeUndefined();
  });

  it('drops cards without a title or with an invalid one, and only the bad field of others', () => {
    const huge = `data:image/png;base64,${'A'.repeat(200_000)}`;
    const doc = page(
      card('', 'Rp10.000', `${PRODUCT}-1`),
      card('x'.repeat(20_000), 'Rp10.000', `${PRODUCT}-2`),
      `<a href="${PRODUCT}-3"><img alt="Batik Cap" src="${huge}"><span data-testid="spnSRPProdName">Batik Cap</span>Rp30.000</a>`,
    );
    expect(extractProductCards(doc, SEARCH)).toEqual([{ title: 'Batik Cap', priceIdr: 30_000, url: `${PRODUCT}-3`, isAd: false }]);
  });

  it('lists every card, also a product shown twice, and follows ad click trackers to the product', () => {
    const tracked = `https://ta.tokopedia.com/promo/v1/clicks/8a?r=${encodeURIComponent(`${PRODUCT}?src=topads`)}&amp;t=desktop`;
    const doc = page(card('Batik', 'Rp10.000'), card('Batik', 'Rp10.000'), `${card('Kain', 'Rp5.000', tracked)}<span>Ad</span>`);
    expect(extractProductCards(doc, SEARCH)).toMatchObject([
      { title: 'Batik', url: PRODUCT, isAd: false },
      { title: 'Batik', url: PRODUCT, isAd: false },
      { title: 'Kain', url: `${PRODUCT}?src=topads`, isAd: true },
    ]);
  });

  it('reads a card without a price hook from its text: the lowest price shown, not the struck-through one', () => {
    const doc = page(
      `<a href="${PRODUCT}"><span data-testid="spnSRPProdName">Batik</span></a><del>Rp90.000</del><div>20%</div><div>Rp80.000</div><div>Rp72.000</div>`,
    );
    expect(extractProductCards(doc, SEARCH)[0]?.priceIdr).toBe(72_000);
  });
});

describe('product pages', () => {
  it('give no cards: one product is no list, even where the page shows other products beside it', () => {
    const search = CARD_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'search')!;
    const doc = loadFixture(search.file);
    expect(extractProductCards(doc, search.url).length).toBeGreaterThan(0);
    for (const url of [
      'https://www.tokopedia.com/batiksaripekalongan/kemeja-batik-tulis-pekalongan',
      'https://shopee.co.id/product/312456789/23456789012',
      'https://shop-id.tokopedia.com/pdp/kemeja-batik-tulis-pekalongan/1731154567051904037',
    ]) {
      expect(extractProductCards(doc, url), url).toEqual([]);
    }
  });
});

describe('card URLs', () => {
  it('never give a click tracker: a tracker whose target is no product gives no URL, a product link beside it wins', () => {
    const tracker = 'https://ta.tokopedia.com/promo/v1/clicks/abc?r=https%3A%2F%2Fwww.tokopedia.com%2Fgamersoutpost&src=search';
    const only = page(
      `<a href="${tracker}"><span data-testid="spnSRPProdName">Kemeja</span><div data-testid="spnSRPProdPrice">Rp10.000</div></a>`,
    );
    expect(extractProductCards(only, SEARCH)[0]).toEqual({ title: 'Kemeja', priceIdr: 10_000, isAd: false });
    const beside = page(
      `<a href="${tracker}">Toko</a><a href="${PRODUCT}"><span data-testid="spnSRPProdName">Kemeja</span></a><div data-testid="spnSRPProdPrice">Rp10.000</div>`,
    );
    expect(extractProductCards(beside, SEARCH)[0]?.url).toBe(PRODUCT);
  });
});
