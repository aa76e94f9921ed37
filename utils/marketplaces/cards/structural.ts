/**
 * Finding cards when no adapter hook matches (a redesign renamed them all). A card is what a
 * list repeats: among siblings, the elements that each hold a link to one of this marketplace's
 * products and a price written "Rp…". Classes, test ids and tag names play no part, so this
 * survives the redesigns that break selectors; the two real Tokopedia pages (2020) differ this way.
 */
import { productUrl } from './links';
import { PRICE_TEXT } from './signals';
import type { CardContext } from './types';

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out: the benchmark runs without DOM globals.
/** A currency alone, its amount in the next element (`<span>Rp</span><span>89.000</span>`). */
const CURRENCY_ONLY = /^\s*Rp\.?\s*$/i;

function markAncestors(from: Element | null, marked: Set<Element>): void {
  for (let el = from; el && !marked.has(el); el = el.parentElement) marked.add(el);
}

/** Every element that contains a price, found in one pass over the text. */
function pricedElements(doc: Document, root: Element): Set<Element> {
  const priced = new Set<Element>();
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (PRICE_TEXT.test(text) || CURRENCY_ONLY.test(text)) markAncestors(node.parentElement, priced);
  }
  return priced;
}

/** The card elements, in page order: for each product link, the lowest ancestor holding a price whose siblings repeat it. */
export function findCardsByStructure(doc: Document, ctx: CardContext): Element[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const links = [...root.querySelectorAll('a[href]')].filter((a) => productUrl(a.getAttribute('href') ?? '', ctx) !== undefined);
  if (links.length === 0) return [];
  const priced = pricedElements(doc, root);
  // For each element, its children that hold both a product link and a price.
  const holders = new Map<Element, Set<Element>>();
  for (const link of links) {
    for (let el: Element = link; el.parentElement; el = el.parentElement) {
      if (!priced.has(el)) continue;
      const siblings = holders.get(el.parentElement) ?? new Set<Element>();
      siblings.add(el);
      holders.set(el.parentElement, siblings);
    }
  }
  const cards = new Set<Element>();
  for (const link of links) {
    for (let el: Element = link; el.parentElement; el = el.parentElement) {
      if (priced.has(el) && (holders.get(el.parentElement)?.size ?? 0) >= 2) {
        cards.add(el);
        break;
      }
    }
  }
  return [...cards];
}
