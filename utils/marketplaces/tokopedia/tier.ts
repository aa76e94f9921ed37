/**
 * A 0–100 estimate of Tokopedia's "Skor Produk", whose content part weighs the name
 * (≥40 characters), description, images and authenticity (marketplaces.md §2, third
 * party, UNCERTAIN). Sales performance, the other half, is not on the edit page.
 * Each criterion is worth 25; unknown criteria are left out and the rest scaled to 100.
 */
import type { Finding, MarketplaceTier, RuleContext } from '../../quality/types';
import { TOKOPEDIA_NAME_MIN, TOKOPEDIA_PHOTOS_MAX } from './profile';
import { charLength } from '../../quality/text/measure';
import { sellerTitle } from '../../quality/text/seller-title';
import { unknownOf } from '../../quality/tier-unknown';

/** TikTok Shop by Tokopedia's tip: a description over 300 characters (CreateProduct.ts, §1.4). */
const GOOD_DESCRIPTION = 300;
const AUTHENTICITY_RULES = new Set(['counterfeit-claim', 'contact-info', 'other-marketplace']);

export function tokopediaTier({ listing, known, profile }: RuleContext, findings: readonly Finding[]): MarketplaceTier {
  const parts: number[] = [];
  // No upper bound: live names run past the legacy 70 (./profile.ts); the appended variant is not the seller's.
  const title = charLength(sellerTitle(listing.title, profile));
  parts.push(title >= TOKOPEDIA_NAME_MIN ? 1 : title >= TOKOPEDIA_NAME_MIN / 2 ? 0.5 : 0);
  if (known('description')) parts.push(Math.min(charLength(listing.description ?? ''), GOOD_DESCRIPTION) / GOOD_DESCRIPTION);
  if (listing.imageCount !== undefined) parts.push(Math.min(listing.imageCount, TOKOPEDIA_PHOTOS_MAX) / TOKOPEDIA_PHOTOS_MAX);
  parts.push(findings.some((finding) => finding.severity === 'error' && AUTHENTICITY_RULES.has(finding.ruleId)) ? 0 : 1);
  const score = Math.round((parts.reduce((sum, part) => sum + part, 0) / parts.length) * 100);
  return { kind: 'tokopedia-product-score', score, unknown: unknownOf(known, ['description', 'imageCount']) };
}
