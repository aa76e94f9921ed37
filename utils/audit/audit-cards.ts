/**
 * A page of product cards → an audit. Products are counted once: Tokopedia repeats an advertised
 * product in an ad slot, and counting it twice would let one listing weigh double in the shop's
 * score. The repeat still says the product is advertised, so an ad shown anywhere marks it.
 */
import { ProductCardSchema, type ProductCard } from '../listing/listing';
import type { MarketplaceId } from '../marketplaces/types';
import { SCORING_VERSION } from './listing-score';
import { cardKey, scoreCard } from './score-card';
import { AUDIT_LIMITS, type Audit } from './schema';
import { summarise } from './summarise';

export interface AuditContext {
  marketplace: MarketplaceId;
  shopName?: string;
  /** Where the page gave the name (shop header … page title), so the report can say it is only the page's title. */
  shopNameFrom?: 'header' | 'breadcrumb' | 'cards' | 'title';
  url: string;
  at: Date;
}

/** First appearance of each product, in page order; a card the schema rejects cannot be stored, so it is left out. */
function uniqueProducts(cards: readonly ProductCard[]): ProductCard[] {
  const byKey = new Map<string, ProductCard>();
  for (const input of cards) {
    const parsed = ProductCardSchema.safeParse(input);
    if (!parsed.success) continue;
    const { image: _image, ...card } = parsed.data; // never shown, and a `data:` image can be 100 KB
    const key = cardKey(card);
    if (key === '') continue; // no link and no title: nothing to audit or to find again next time
    const first = byKey.get(key);
    if (!first) byKey.set(key, card);
    else if (card.isAd && !first.isAd) byKey.set(key, { ...first, isAd: true });
  }
  return [...byKey.values()];
}

export function auditCards(cards: readonly ProductCard[], context: AuditContext): Audit {
  if (Number.isNaN(context.at.getTime())) throw new RangeError('auditCards: context.at is an invalid Date');
  const unique = uniqueProducts(cards);
  // A page title ("Jual laptop | Tokopedia") is no shop's name: no title is blamed for repeating it.
  const shopOwnName = context.shopNameFrom === 'title' ? undefined : context.shopName;
  // Past the limit the audit could not be stored at all: the first products in page order are kept.
  const leftOut = Math.max(0, unique.length - AUDIT_LIMITS.products);
  const products = unique.slice(0, AUDIT_LIMITS.products).map((card) => scoreCard(card, context.marketplace, shopOwnName));
  return {
    version: 1,
    marketplace: context.marketplace,
    // Clipped rather than rejected: what the page calls itself must not stop the audit from being saved.
    ...(context.shopName !== undefined && { shopName: context.shopName.slice(0, AUDIT_LIMITS.text) }),
    ...(context.shopName !== undefined && context.shopNameFrom !== undefined && { shopNameFrom: context.shopNameFrom }),
    scoring: SCORING_VERSION,
    url: context.url.slice(0, 4096),
    at: context.at.toISOString(),
    products,
    ...(leftOut > 0 && { productsLeftOut: leftOut }),
    summary: summarise(products, cards.length),
    notes: '',
    actions: [],
  };
}
