/**
 * Lazada's Content Score (GetProductContentScore, marketplaces.md §2) over the
 * indicators Rapi can judge. Title quality (5 points, title 20–150 characters) is
 * documented; images (5 points: the documented "Image Quality" weight, judged here
 * only by count ≥3) and description (5 points: a proxy for completeness) are
 * UNCERTAIN estimates. `total` counts only indicators the page let Rapi judge;
 * attributes (10) and the description image (5) never are.
 */
import type { MarketplaceTier, RuleContext } from '../../quality/types';
import { LAZADA_CONTENT } from './profile';
import { JUBELIO_DESCRIPTION_MIN } from '../common-limits';
import { charLength } from '../../quality/text/measure';
import { unknownOf } from '../../quality/tier-unknown';

const POINTS = 5;

export function lazadaTier({ listing, known }: RuleContext): MarketplaceTier {
  let score = 0;
  let total = POINTS;
  const title = charLength(listing.title);
  if (title >= LAZADA_CONTENT.titleMin && title <= LAZADA_CONTENT.titleMax) score += POINTS;
  if (listing.imageCount !== undefined) {
    total += POINTS;
    if (listing.imageCount >= LAZADA_CONTENT.imagesMin) score += POINTS;
  }
  if (known('description')) {
    total += POINTS;
    if (charLength(listing.description ?? '') >= JUBELIO_DESCRIPTION_MIN.value) score += POINTS;
  }
  return { kind: 'lazada-content-score', score, total, unknown: unknownOf(known, ['imageCount', 'description']) };
}
