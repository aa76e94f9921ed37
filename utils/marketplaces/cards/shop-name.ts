/**
 * Whose products the mentor is auditing, as the page says it, for the report's heading. In order
 * of trust: the shop page's own header, the last step of its breadcrumb, the seller name on the
 * product cards when every card names the same seller, and last the page's title, which at least
 * says what page it was ("Jual laptop | Tokopedia"). A search page lists many shops, so there the
 * title is the honest answer. Nothing found gives undefined; a redesign only loses the name.
 */
import type { PageKind } from '../types';

export type ShopNameSource = 'header' | 'breadcrumb' | 'cards' | 'title';
export interface ShopName {
  name: string;
  from: ShopNameSource;
}

/** Far longer than any shop name or page title; what is past it is not a name. */
const MAX_NAME = 200;

/** The shop header on each marketplace's shop page (fixtures under tests/fixtures/<marketplace>/shop.html). */
const HEADER = [
  '[data-testid="shopNameHeader"]',
  '.shop-head__name',
  '.seller-portrait__name',
  '.store-header__name',
  '.merchant-header__name',
  '[class*="shop-name"] h1',
  '[class*="shop-header"] h1',
  '[class*="store-header"] h1',
].join(',');

const BREADCRUMB_ITEMS = [
  '[itemtype*="BreadcrumbList"] [itemprop="name"]',
  'nav[aria-label*="breadcrumb" i] li',
  '[class*="breadcrumb" i] li',
].join(',');

/** The seller's name on a product card; Blibli writes a city there when a card has no seller name. */
const CARD_SELLER = [
  '[data-testid="linkShopName"]',
  '[data-testid="spnSRPProdTabShopName"]',
  '.els-product__seller-name',
  '[class*="shop-name"]',
  '[class*="seller-name"]',
].join(',');
/** Not a seller: a place ("Kota Jakarta Pusat", "Kab. Sleman") written where the seller name goes. */
const PLACE = /^(kota|kab\.?|kabupaten|provinsi)\s/i;

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);

/** The heading's own words, without the badges ("Gold Merchant", "Power Merchant Pro") nested in it. */
function headingText(element: Element | null): string {
  if (!element) return '';
  const own = [...element.childNodes]
    .filter((node) => node.nodeType === 3)
    .map((node) => node.textContent)
    .join(' ');
  return clean(own) || clean(element.textContent);
}

function fromHeader(doc: Document, kind: PageKind): string {
  if (kind !== 'shop') return '';
  // A shop page names the shop in its one heading when the known classes are gone.
  return headingText(doc.querySelector(HEADER)) || headingText(doc.querySelector('h1'));
}

function fromBreadcrumb(doc: Document, kind: PageKind): string {
  // A search page's breadcrumb ends in the search, not a shop.
  if (kind !== 'shop') return '';
  const items = [...doc.querySelectorAll(BREADCRUMB_ITEMS)].map((item) => clean(item.textContent)).filter(Boolean);
  return items.at(-1) ?? '';
}

function fromCards(doc: Document): string {
  const names = [...doc.querySelectorAll(CARD_SELLER)].map((element) => clean(element.textContent)).filter(Boolean);
  if (names.length < 2 || names.some((name) => PLACE.test(name))) return '';
  return names.every((name) => name === names[0]) ? names[0]! : '';
}

export function readShopName(doc: Document, kind: PageKind): ShopName | undefined {
  const found: [string, ShopNameSource][] = [
    [fromHeader(doc, kind), 'header'],
    [fromBreadcrumb(doc, kind), 'breadcrumb'],
    [fromCards(doc), 'cards'],
    [clean(doc.title), 'title'],
  ];
  const first = found.find(([name]) => name !== '');
  return first ? { name: first[0], from: first[1] } : undefined;
}
