/**
 * The product cards on a shop page, search results or the seller's own product list, as plain
 * data. The marketplace's hooks find the cards; when they find none (a redesign), the structural
 * fallback does. Every card on the page is listed, also when a product shows twice (Tokopedia
 * repeats TopAds slots): the page is what the buyer sees, and the audit, which scores products,
 * counts each product once (`dedupeKey`). Only the structural fallback, whose guesses can nest,
 * drops repeats. Other page kinds, or no marketplace, give [].
 */
import type { ProductCard } from '../../listing/listing';
import { queryAll } from '../editor/find-fields';
import { detectPage } from '../detect-page';
import { dedupeKey } from './links';

export { dedupeKey };
import { readCard } from './read-card';
import { CARD_ADAPTERS } from './registry';
import { findCardsByStructure } from './structural';
import type { CardContext, CardHooks } from './types';

function readAll(elements: readonly Element[], ctx: CardContext, fields: CardHooks['fields'], dedupe: boolean): ProductCard[] {
  const seen = new Set<string>();
  const cards: ProductCard[] = [];
  for (const element of elements) {
    const card = readCard(element, ctx, fields);
    if (!card) continue;
    const key = !dedupe || card.url === undefined ? undefined : dedupeKey(card.url);
    if (key !== undefined && seen.has(key)) continue;
    if (key !== undefined) seen.add(key);
    cards.push(card);
  }
  return cards;
}

export function extractProductCards(doc: Document, url: string): ProductCard[] {
  const page = detectPage(url);
  const layout = page ? CARD_ADAPTERS[page.marketplace]?.layouts.find((l) => l.kinds.includes(page.kind)) : undefined;
  if (!page || !layout) return [];
  const ctx: CardContext = { pageUrl: url, marketplace: page.marketplace, linkKinds: layout.linkKinds, cardUrl: layout.cardUrl };
  const { card, fields } = layout.hooks;
  const hooked = readAll(queryAll(doc, card.selectors), ctx, fields, false);
  return hooked.length > 0 ? hooked : readAll(findCardsByStructure(doc, ctx), ctx, fields, true);
}
