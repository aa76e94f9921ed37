/**
 * An audit scored by an older model (before SCORING_VERSION), judged again by today's: its cards
 * are kept in the audit, so this is a pure recomputation. Used when two sessions are compared, so
 * that "the mean fell 15 points" means the shop changed, not Rapi's scoring. The stored audit and
 * its own report are left as they were made.
 */
import { SCORING_VERSION } from './listing-score';
import type { Audit } from './schema';
import { scoreCard } from './score-card';
import { summarise } from './summarise';

export function rescored(audit: Audit): Audit {
  if (audit.scoring === SCORING_VERSION) return audit;
  const products = audit.products.map((product) => ({ ...scoreCard(product.card, audit.marketplace), key: product.key }));
  return { ...audit, scoring: SCORING_VERSION, products, summary: summarise(products, audit.summary.cardsOnPage) };
}
