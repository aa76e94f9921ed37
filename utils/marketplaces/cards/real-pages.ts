/**
 * Test helper: the two real saved Tokopedia search pages in `../shared/real-pages/` (outside
 * the project; see its README), and what each card on them says according to the page's own
 * test ids, read with regular expressions over the raw HTML: a method that shares nothing with
 * the extractor (no DOM, no selectors, no parse-numbers), so the two check each other.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';

// Node's URL: happy-dom replaces the global one.
export const REAL_PAGES_DIR = fileURLToPath(new NodeURL('../../../../shared/real-pages/', import.meta.url));
export const REAL_PAGES_PRESENT = existsSync(REAL_PAGES_DIR);
export const REAL_SEARCH_URL = 'https://www.tokopedia.com/search?st=product&q=laptop';

export interface RealPage {
  file: string;
  /** Product cards on the page, per its README. */
  cards: number;
  /** Where each card's HTML starts; the first `<a href>` from there is its link. */
  start: RegExp;
}

export const REAL_PAGES: readonly RealPage[] = [
  { file: 'tokopedia-search-i5.html', cards: 76, start: /<a href="[^"]*"[^>]*data-testid="lnkProductContainer"/g },
  { file: 'tokopedia-search-laptop.html', cards: 100, start: /data-testid="master-product-card"/g },
];

export interface ExpectedCard {
  title: string;
  priceIdr: number;
  url: string;
  isAd: boolean;
  location: string;
  reviewCount?: number;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", nbsp: ' ' };
const decode = (html: string) =>
  html.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, code: string) =>
    code[0] === '#' ? String.fromCodePoint(Number(code[1] === 'x' ? `0${code.slice(1)}` : code.slice(1))) : (ENTITIES[code] ?? all),
  );
const textOf = (html: string) => decode(html.replace(/<!--[\s\S]*?-->|<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();

function after(chunk: string, testid: string, close: string): string {
  const match = new RegExp(`data-testid="${testid}"[^>]*>([\\s\\S]*?)</${close}>`).exec(chunk);
  if (!match) throw new Error(`no ${testid} in a card`);
  return textOf(match[1]!);
}

function linkOf(chunk: string): string {
  const href = new NodeURL(decode(/<a href="([^"]*)"/.exec(chunk)![1]!));
  // Ads link through the TopAds click tracker; the product is its `r` parameter.
  return href.hostname === 'ta.tokopedia.com' ? new NodeURL(href.searchParams.get('r')!).href : href.href;
}

export function readRealPage(page: RealPage): { html: string; cards: ExpectedCard[] } {
  const html = readFileSync(REAL_PAGES_DIR + page.file, 'utf8');
  const starts = [...html.matchAll(page.start)].map((match) => match.index);
  const cards = starts.map((start, i) => {
    const chunk = html.slice(start, starts[i + 1]);
    const review = /data-testid="iSRPProdTabReview"[^>]*>([\s\S]*?)<\/span>/.exec(chunk);
    return {
      title: after(chunk, 'spnSRPProdName', '(?:span|div)'),
      priceIdr: Number(after(chunk, 'spnSRPProdPrice', 'div').replace(/\D/g, '')),
      url: linkOf(chunk),
      isAd: /data-testid="divSRPTopadsIcon"|alt="topads icon"/.test(chunk),
      location: after(chunk, 'spnSRPProdTabShopLoc', 'span'),
      ...(review ? { reviewCount: Number(textOf(review[1]!).replace(/\D/g, '')) } : {}),
    };
  });
  return { html, cards };
}

/**
 * The page without what happy-dom would try to fetch (iframes, stylesheets): the pages load them
 * from the live site, and the README says to block those requests. Cards are untouched.
 */
export const offline = (html: string) => html.replace(/<iframe\b[\s\S]*?<\/iframe>|<link\b[^>]*>/gi, '');

/** The cards as the extractor should list them: each product once, where it first appears. */
export function firstOfEachUrl(cards: readonly ExpectedCard[]): ExpectedCard[] {
  const seen = new Set<string>();
  return cards.filter((card) => !seen.has(card.url) && seen.add(card.url));
}
