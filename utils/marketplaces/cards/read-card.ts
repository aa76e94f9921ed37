/**
 * One card element → one ProductCard. Each field comes from the adapter's hook when it finds
 * one, otherwise from the card's own text (cards/signals.ts), so a partly redesigned card still
 * yields what it shows. The result is validated with ProductCardSchema; a card without a title
 * is dropped, and an optional field that fails validation (a huge `data:` image) is left out
 * rather than costing the card.
 */
import { ProductCardSchema, type ProductCard } from '../../listing/product-card';
import { parseCount, parseRating, parseRupiah } from '../../listing/parse-numbers';
import { firstProductLink, productUrl, resolveHref } from './links';
import { AD_IMAGE, classify, normalise, placeShaped, priceOfLines, soldCountOf, type SegmentKind } from './signals';
import { clean, plainText, readText, type CardText } from './text';
import type { CardContext, CardField, CardHooks } from './types';

/** The first element (the card itself included) matched by the first selector that matches anything. */
export function findIn(card: Element, selectors: readonly string[] | undefined): Element | undefined {
  for (const selector of selectors ?? []) {
    try {
      const found = card.matches(selector) ? card : card.querySelector(selector);
      if (found) return found;
    } catch {
      // An invalid selector is a broken adapter: treat it as a miss.
    }
  }
  return undefined;
}

/** The nearest ancestor of the card (not the card) matched by one of the selectors. */
function aroundOf(card: Element, selectors: readonly string[] | undefined): Element | undefined {
  for (const selector of selectors ?? []) {
    try {
      const found = card.parentElement?.closest(selector);
      if (found) return found;
    } catch {
      // An invalid selector is a broken adapter: treat it as a miss.
    }
  }
  return undefined;
}

const alts = (card: Element) => [...card.querySelectorAll('img[alt]')].map((img) => clean(img.getAttribute('alt') ?? '')).filter(Boolean);

function firstOf(text: CardText, kind: SegmentKind): string | undefined {
  return text.segments.find((segment) => classify(segment.text) === kind)?.text;
}

/** A short figure: a price in any currency ("₱305"), a discount ("45% Off"), a rating, a sold or review count. */
const FIGURE = /^\D{0,12}\d[\s\S]{0,12}$/;

/**
 * The seller's location when neither a hook nor its name finds it (a place outside Indonesia's
 * gazetteer, such as Lazada Philippines' "Laguna"): by card structure, the card's last piece of
 * text, right after the price/metrics block (a price, discount, rating, review or sold count),
 * outside the product link, shaped like a place name. Tokopedia puts the shop's name after the
 * city and inside the link, so a shop name is not taken for a place.
 */
export function trailingPlace(text: CardText): string | undefined {
  const last = text.segments.at(-1);
  const before = text.segments.at(-2);
  if (!last || !before || last.inLink || !FIGURE.test(before.text)) return undefined;
  return classify(last.text) === undefined && placeShaped(last.text) ? last.text : undefined;
}

/**
 * The title when no hook gives it. Titles come before the price, and the product image's `alt`
 * usually repeats them; failing that, a product link's `title`, the longest text inside a link,
 * the image's `alt` ("shop product" on Tokopedia's headline ads, so text wins), or the longest
 * text. Prices, ratings, sold counts, locations and labels are never titles.
 */
export function pickTitle(card: Element, text: CardText): string | undefined {
  const firstPrice = text.segments.findIndex((segment) => classify(segment.text) === 'price');
  const free = text.segments.slice(0, firstPrice > 0 ? firstPrice : undefined).filter((s) => classify(s.text) === undefined);
  const images = alts(card).filter((alt) => !AD_IMAGE.test(alt) && classify(alt) === undefined);
  const matching = (same: (a: string, b: string) => boolean) =>
    images.map((alt) => free.find((s) => same(normalise(s.text), normalise(alt)))).find(Boolean)?.text;
  const linkTitle = [card, ...card.querySelectorAll('a[title]')].map((a) => clean(a.getAttribute('title') ?? '')).find(Boolean);
  const longest = (list: typeof free) =>
    list.reduce<(typeof free)[number] | undefined>((a, b) => (b.text.length > (a?.text.length ?? 0) ? b : a), undefined);
  return (
    matching((a, b) => a.length > 0 && a === b) ??
    (linkTitle || undefined) ??
    matching((a, b) => a.length >= 3 && (a.startsWith(b) || b.startsWith(a))) ??
    longest(free.filter((s) => s.inLink))?.text ??
    images[0] ??
    longest(free)?.text
  );
}

function imageOf(card: Element, hooked: Element | undefined, title: string | undefined, pageUrl: string): string | undefined {
  const images = [...card.querySelectorAll('img[src]')];
  const wanted = title ? normalise(title) : '';
  const img =
    (hooked && (hooked.localName === 'img' ? hooked : hooked.querySelector('img'))) ??
    images.find((i) => wanted !== '' && normalise(i.getAttribute('alt') ?? '') === wanted) ??
    images[0];
  const src = img?.getAttribute('src')?.trim();
  if (!src) return undefined;
  return /^data:image\//i.test(src) ? src : resolveHref(src, pageUrl)?.href;
}

/** A seller list's cell under a header such as "Terjual" (TikTok's table has no hook for it). */
function columnText(card: Element, header: RegExp): string | undefined {
  if (card.localName !== 'tr') return undefined;
  const heads = [...(card.closest('table')?.querySelectorAll('thead th') ?? [])];
  const index = heads.findIndex((th) => header.test(clean(th.textContent ?? '')));
  const cell = index >= 0 ? card.children[index] : undefined;
  return cell ? plainText(cell) : undefined;
}

/** A click tracker's shape: a URL carried in the query (`ta.tokopedia.com/…?r=https://…`). */
function carriesUrl(url: URL): boolean {
  let found = false;
  // forEach: in a Firefox content script searchParams' iterators are not iterable (links.ts).
  url.searchParams.forEach((value) => {
    found ||= /^https?:\/\//i.test(value);
  });
  return found;
}

/**
 * The card's product URL: its link hook's product (through a tracker), else the hooked link as it
 * is (Blibli's seller detail page, Lazada Philippines' product pages) unless it is a click tracker
 * whose target is no product, else any product link in the card; then the marketplace's rewrite.
 */
function ownUrl(card: Element, ctx: CardContext, link: string | undefined): string | undefined {
  const raw = link ? resolveHref(link, ctx.pageUrl) : undefined;
  const url = (link ? productUrl(link, ctx) : undefined) ?? (raw && !carriesUrl(raw) ? raw.href : undefined) ?? firstProductLink(card, ctx);
  return url !== undefined && ctx.cardUrl ? ctx.cardUrl(url, card) : url;
}

function validate(candidate: Record<string, unknown>): ProductCard | undefined {
  const card = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined && value !== ''));
  if (typeof card.title !== 'string') return undefined;
  let result = ProductCardSchema.safeParse(card);
  if (!result.success) {
    for (const issue of result.error.issues) if (issue.path[0] !== 'title') delete card[String(issue.path[0])];
    result = ProductCardSchema.safeParse(card);
  }
  return result.success ? result.data : undefined;
}

export function readCard(card: Element, ctx: CardContext, fields: CardHooks['fields'] = {}): ProductCard | undefined {
  const text = readText(card);
  const hook = (field: CardField) => findIn(card, fields[field]?.selectors) ?? aroundOf(card, fields[field]?.around);
  const value = (field: CardField) => {
    const el = hook(field);
    const attr = fields[field]?.attr;
    return el ? clean(attr ? (el.getAttribute(attr) ?? '') : plainText(el)) || undefined : undefined;
  };
  const parsed = <T>(raw: string | undefined, parse: (text: string) => T | undefined) => (raw === undefined ? undefined : parse(raw));
  const title = value('title') ?? pickTitle(card, text);
  const sold = value('soldCount') ?? firstOf(text, 'sold');
  return validate({
    title,
    priceIdr: parsed(value('price'), parseRupiah) ?? priceOfLines([...text.lines, ...text.segments.map((s) => s.text)]),
    url: ownUrl(card, ctx, hook('link')?.getAttribute('href') ?? undefined),
    image: imageOf(card, hook('image'), title, ctx.pageUrl),
    location: value('location') ?? firstOf(text, 'location') ?? trailingPlace(text),
    rating: parsed(value('rating') ?? firstOf(text, 'rating'), parseRating),
    reviewCount: parsed(value('reviewCount') ?? firstOf(text, 'review'), parseCount),
    soldCount: parsed(sold, (t) => soldCountOf(t) ?? parseCount(t)) ?? parsed(columnText(card, /^(terjual|penjualan|sold)$/i), parseCount),
    isAd: hook('ad') !== undefined || firstOf(text, 'ad') !== undefined || alts(card).some((alt) => AD_IMAGE.test(alt)),
  });
}
