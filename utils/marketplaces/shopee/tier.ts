/**
 * Shopee's quality level (content diagnosis, marketplaces.md §2), estimated from
 * the issues Rapi can see. A name, description or image issue leaves the listing at
 * TO_BE_IMPROVED ("Perlu ditingkatkan"); without them it is QUALIFIED, and EXCELLENT
 * when it also has a video. Attributes, category and brand are never visible, so
 * EXCELLENT is the best case, not a promise.
 */
import type { MarketplaceTier, RuleContext } from '../../quality/types';
import { SHOPEE_DIAGNOSIS } from './profile';
import { charLength } from '../../quality/text/measure';
import { unknownOf } from '../../quality/tier-unknown';

export function shopeeTier({ listing, known }: RuleContext): MarketplaceTier {
  const issues: string[] = [];
  const title = charLength(listing.title);
  if (listing.imageCount !== undefined && listing.imageCount < SHOPEE_DIAGNOSIS.imagesMin) issues.push('TOO_FEW_IMAGES');
  if (known('description') && charLength(listing.description ?? '') < SHOPEE_DIAGNOSIS.descriptionMin) issues.push('TOO_SHORT_DESCRIPTION');
  if (title < SHOPEE_DIAGNOSIS.nameMin || title > SHOPEE_DIAGNOSIS.nameMax) issues.push('TOO_SHORT_OR_TOO_LONG_NAME');
  if (listing.hasVideo === false) issues.push('LACK_OF_VIDEO');
  const level = issues.some((issue) => issue !== 'LACK_OF_VIDEO')
    ? 'TO_BE_IMPROVED'
    : listing.hasVideo === true
      ? 'EXCELLENT'
      : 'QUALIFIED';
  return { kind: 'shopee-quality-level', level, issues, unknown: unknownOf(known, ['imageCount', 'description', 'hasVideo']) };
}
