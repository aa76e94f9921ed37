/**
 * A card's product link, as an absolute URL. Ads on Tokopedia link through a click tracker
 * (`ta.tokopedia.com/promo/v1/clicks/…?r=<product URL>`): the product URL inside is used, so an
 * ad card and its product compare equal and the card links where the buyer really lands.
 */
import { detectPage } from '../detect-page';
import type { CardContext } from './types';

function isOwnLink(url: string, ctx: CardContext): boolean {
  const page = detectPage(url);
  return page !== null && page.marketplace === ctx.marketplace && ctx.linkKinds.includes(page.kind);
}

/** An absolute http(s) URL, or undefined: a `javascript:` link must never reach a card. */
export function resolveHref(href: string, base: string): URL | undefined {
  try {
    const url = new URL(href, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The product URL a link leads to on this marketplace (directly or through a tracker), or undefined. */
export function productUrl(href: string, ctx: CardContext): string | undefined {
  const url = resolveHref(href, ctx.pageUrl);
  if (!url) return undefined;
  if (isOwnLink(url.href, ctx)) return url.href;
  // forEach, not `for…of searchParams.values()`: in a Firefox content script the URL is a wrapped
  // page object whose iterators are not iterable ("searchParams.values() is not iterable").
  let inside: string | undefined;
  url.searchParams.forEach((value) => {
    if (inside === undefined && /^https?:\/\//i.test(value) && isOwnLink(value, ctx)) inside = resolveHref(value, ctx.pageUrl)?.href;
  });
  return inside;
}

/** The first link in (or being) the element that leads to one of this marketplace's products. */
export function firstProductLink(el: Element, ctx: CardContext): string | undefined {
  const anchors = el.matches('a[href]') ? [el, ...el.querySelectorAll('a[href]')] : [...el.querySelectorAll('a[href]')];
  for (const anchor of anchors) {
    const url = productUrl(anchor.getAttribute('href') ?? '', ctx);
    if (url) return url;
  }
  return undefined;
}

/**
 * What makes two cards the same product. A product page is its path: the query only says how the
 * buyer got there (Tokopedia's `?src=topads` on an ad, `?extParam=…` on a result; Blibli's `?sid=…`;
 * Lazada's `?spm=…`), so the rtx 3070 page's ad and result for one product are one product. Other
 * links (a seller list's `…/publish?productId=…`) keep their query, which names the product.
 */
export function dedupeKey(url: string): string {
  const resolved = resolveHref(url, 'https://invalid.invalid/');
  if (resolved && detectPage(resolved.href)?.kind === 'product') return resolved.origin + resolved.pathname.replace(/\/+$/, '');
  return url.replace(/#.*$/, '');
}
