/**
 * One product card, judged. A card shows a title and a price, never a description or the photo
 * count: only those fields are given to the quality engine as found, so rules about what a card
 * cannot show stay silent instead of blaming every product in the shop for them, and the score
 * gives what it cannot see only a neutral share instead of full marks.
 */
import type { ListingField, ProductCard } from '../listing/listing';
import { dedupeKey } from '../marketplaces/cards/links';
import type { MarketplaceId } from '../marketplaces/types';
import { checkListing, type Finding } from '../quality/index';
import { scoreReport } from './listing-score';
import { readLocal } from './local-tags';
import type { CardResult } from './schema';

/** The same product in two cards has one key: its link without the fragment, or its title when it has no link. */
export const cardKey = (card: ProductCard): string => (card.url ? dedupeKey(card.url) : card.title);

/** One finding per rule, the most severe (checkListing sorts by severity first). */
function perRule(findings: readonly Finding[]): CardResult['findings'] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(f.ruleId) && seen.add(f.ruleId)).map(({ ruleId, severity }) => ({ ruleId, severity }));
}

/** `shopName`: the shop's name as its page shows it (header, breadcrumb, the cards' one seller), so a title repeating it is seen. */
export function scoreCard(card: ProductCard, marketplace: MarketplaceId, shopName?: string): CardResult {
  const found: ListingField[] = card.priceIdr === undefined ? ['title'] : ['title', 'priceIdr'];
  const listing = {
    marketplace,
    title: card.title,
    ...(card.priceIdr !== undefined && { priceIdr: card.priceIdr }),
    ...(shopName && { shopName }),
    found,
  };
  const report = checkListing(listing);
  const findings = perRule(report.findings);
  const local = readLocal(listing);
  const conflict = findings.some((f) => f.ruleId === 'local-claim-conflict');
  // The panel's own function: one listing, one number (see listing-score.ts).
  const { score, grade } = scoreReport(report, card.title);
  return {
    key: cardKey(card),
    card,
    score,
    grade,
    findings,
    localTags: local.importSignals || conflict ? [] : local.localTags,
    missingLocal: local.missingLocal && !conflict,
    importSignals: local.importSignals || conflict,
  };
}
