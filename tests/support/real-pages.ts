/**
 * Test helper: the real saved marketplace pages in `../shared/real-pages/` (outside the project;
 * see its README), and what each card on them says according to the page's own markup, read
 * with regular expressions over the raw HTML: a method that shares nothing with the extractor
 * (no DOM, no selectors, no parse-numbers, no gazetteer), so the two check each other.
 * Tests that use it skip, saying so, when the folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';

// Node's URL: happy-dom replaces the global one.
export const REAL_PAGES_DIR = fileURLToPath(new NodeURL('../../../shared/real-pages/', import.meta.url));
export const REAL_PAGES_PRESENT = existsSync(REAL_PAGES_DIR);
export const REAL_SEARCH_URL = 'https://www.tokopedia.com/search?st=product&q=laptop';

export interface ExpectedCard {
  title: string;
  /** Undefined where the card shows no rupiah price (Lazada Philippines shows pesos). */
  priceIdr?: number;
  url: string;
  isAd: boolean;
  /** Undefined where the card shows no seller city (Tokopedia's headline shop ad). */
  location?: string;
  reviewCount?: number;
}

export interface RealPage {
  file: string;
  /** Where the test serves the page; Lazada Philippines is served at lazada.co.id (see README). */
  url: string;
  marketplace: 'tokopedia' | 'blibli' | 'lazada';
  /** Product cards on the page, per its README. */
  cards: number;
  /** Distinct products (a product shown twice counts once), per its README where it says. */
  distinct?: number;
  /** Where each card's HTML starts. */
  start: RegExp;
  /** One card from its HTML; `lead` is the markup just before it (the headline ad's item wrapper). */
  read(chunk: string, lead: string): ExpectedCard;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", nbsp: ' ' };
const decode = (html: string) =>
  html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, code: string) =>
    code[0] === '#' ? String.fromCodePoint(Number(code[1] === 'x' ? `0${code.slice(1)}` : code.slice(1))) : (ENTITIES[code] ?? all),
  );
const textOf = (html: string) =>
  decode(html.replace(/<!--[\s\S]*?-->|<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
/** An attribute's text as it shows: entities decoded, white space collapsed. */
const attrText = (value: string) => decode(value).replace(/\s+/g, ' ').trim();
const digits = (text: string) => Number(text.replace(/\D/g, ''));
/** A rupiah amount from a text that says so: a price without "Rp" is not one the extractor may read. */
function rupiah(text: string): number {
  if (!/^Rp\s?\d{1,3}(?:\.\d{3})*$/.test(text)) throw new Error(`not a rupiah price: ${text}`);
  return digits(text);
}

function match(chunk: string, pattern: RegExp, what: string): string {
  const found = pattern.exec(chunk);
  if (!found) throw new Error(`no ${what} in a card`);
  return found[1]!;
}

const byTestid = (chunk: string, testids: string, close: string) =>
  textOf(match(chunk, new RegExp(`data-testid="(?:${testids})"[^>]*>([\\s\\S]*?)</${close}>`), testids));
const optionalTestid = (chunk: string, testid: string, close: string) => {
  const found = new RegExp(`data-testid="${testid}"[^>]*>([\\s\\S]*?)</${close}>`).exec(chunk);
  return found ? textOf(found[1]!) : undefined;
};

function absolute(href: string, base: string): string {
  const url = new NodeURL(decode(href), base);
  // Tokopedia's ads link through the TopAds click tracker; the product is its `r` parameter.
  return url.hostname === 'ta.tokopedia.com' ? new NodeURL(url.searchParams.get('r')!).href : url.href;
}

function tokopediaCard(chunk: string, lead: string): ExpectedCard {
  const review = optionalTestid(chunk, 'iSRPProdTabReview', 'span');
  const location = optionalTestid(chunk, 'spnSRPProdTabShopLoc', 'span');
  return {
    // Result cards name the product in spnSRPProdName; the headline shop ad's products in linkProductName.
    title: byTestid(chunk, 'spnSRPProdName|linkProductName', '(?:span|div)'),
    priceIdr: rupiah(byTestid(chunk, 'spnSRPProdPrice|linkProductPrice', 'div')),
    url: absolute(match(chunk, /<a href="([^"]*)"/, 'link'), 'https://www.tokopedia.com/'),
    // The headline shop ad's products sit in `CPMProductItem` wrappers, each opening just before its card.
    isAd: /data-testid="divSRPTopadsIcon"|alt="topads icon"/.test(chunk) || lead.includes('data-testid="CPMProductItem"'),
    ...(location !== undefined ? { location } : {}),
    ...(review !== undefined ? { reviewCount: digits(review) } : {}),
  };
}

function blibliCard(chunk: string): ExpectedCard {
  const sellerLines = [...chunk.matchAll(/class="els-product__seller-name">([^<]*)</g)].map((m) => textOf(m[1]!));
  return {
    title: attrText(match(chunk, /title="([^"]*)" class="els-product__title"/, 'title')),
    // "Rp" and the amount are two spans inside the fixed price; the amount is also its `title`.
    priceIdr: rupiah(textOf(match(chunk, /class="els-product__fixed-price(?: [^"]*)?"[^>]*>([\s\S]*?)<\/div>/, 'price'))),
    url: absolute(match(chunk, /^<a\b[^>]*\bhref="([^"]*)"/, 'link'), 'https://www.blibli.com/'),
    isAd: /class="els-product-label b-ads"/.test(chunk),
    // The seller's name then the city, or the city alone: the city is the last line.
    ...(sellerLines.length > 0 ? { location: sellerLines.at(-1) } : {}),
  };
}

function lazadaCard(chunk: string): ExpectedCard {
  const review = /<span class="qzqFw">\(([\d,]+)\)<\/span>/.exec(chunk);
  return {
    title: attrText(match(chunk, /<a age="0" href="[^"]*" title="([^"]*)"/, 'title')),
    // Pesos only: there is no rupiah price on the page, so none is expected.
    url: absolute(match(chunk, /<a age="0" href="([^"]*)"/, 'link'), 'https://www.lazada.com.ph/'),
    isAd: false,
    location: attrText(match(chunk, /<span class="[^"]*" title="([^"]*)">/, 'location')),
    ...(review ? { reviewCount: digits(review[1]!) } : {}),
  };
}

export const REAL_PAGES: readonly RealPage[] = [
  {
    file: 'tokopedia-search-i5.html',
    url: 'https://www.tokopedia.com/search?st=product&q=processor%20intel%20core%20i5',
    marketplace: 'tokopedia',
    cards: 76,
    start: /<a href="[^"]*"[^>]*data-testid="lnkProductContainer"/g,
    read: tokopediaCard,
  },
  {
    file: 'tokopedia-search-laptop.html',
    url: REAL_SEARCH_URL,
    marketplace: 'tokopedia',
    cards: 100,
    start: /data-testid="master-product-card"/g,
    read: tokopediaCard,
  },
  {
    file: 'tokopedia-search-rtx3070.html',
    url: 'https://www.tokopedia.com/search?st=product&q=rtx%203070',
    marketplace: 'tokopedia',
    cards: 83,
    distinct: 81,
    start: /data-testid="master-product-card"/g,
    read: tokopediaCard,
  },
  {
    file: 'blibli-search-pc-gaming.html',
    url: 'https://www.blibli.com/cari/pc%20gaming',
    marketplace: 'blibli',
    cards: 20,
    start: /<a\b[^>]*class="elf-product-card"/g,
    read: blibliCard,
  },
  {
    file: 'lazada-ph-search-diapers.html',
    // Saved from lazada.com.ph/catalog/?q=diapers%20watson; Rapi serves lazada.co.id only.
    url: 'https://www.lazada.co.id/catalog/?q=diapers%20watson',
    marketplace: 'lazada',
    cards: 40,
    start: /data-qa-locator="product-item"/g,
    read: lazadaCard,
  },
];

export const realPage = (file: string): RealPage => REAL_PAGES.find((page) => page.file === file)!;

export function readRealPage(page: RealPage): { html: string; cards: ExpectedCard[] } {
  const html = readFileSync(REAL_PAGES_DIR + page.file, 'utf8');
  const starts = [...html.matchAll(page.start)].map((found) => found.index);
  const cards = starts.map((start, i) => page.read(html.slice(start, starts[i + 1]), html.slice(Math.max(0, start - 300), start)));
  return { html, cards };
}

/**
 * The page without what happy-dom would try to fetch (iframes, stylesheets): the pages load them
 * from the live site, and the README says to block those requests. Cards are untouched.
 */
export const offline = (html: string) => html.replace(/<iframe\b[\s\S]*?<\/iframe>|<link\b[^>]*>/gi, '');

/** Each product once, where it first appears; `key` says which URLs are one product (the extractor's `dedupeKey`). */
export function firstOfEachUrl(cards: readonly ExpectedCard[], key: (url: string) => string = (url) => url): ExpectedCard[] {
  const seen = new Set<string>();
  return cards.filter((card) => !seen.has(key(card.url)) && seen.add(key(card.url)));
}
