/**
 * Buyers decide from the description, and the marketplaces score its length
 * (Shopee 100, TikTok 50 and 500 characters; marketplaces.md §2). Shopee also
 * accepts one image in the description instead, which Rapi cannot see: the
 * message says so rather than insisting.
 */
import type { Rule } from '../types';
import { makeFinding } from '../finding';
import { worstCrossed } from '../profiles';
import { charLength } from '../text/measure';

export const descriptionTooShort: Rule<'description-too-short'> = {
  id: 'description-too-short',
  messageKeys: ['rule_description_too_short', 'rule_description_too_short_image'],
  check({ listing, profile, known }) {
    if (!known('description')) return [];
    const length = charLength(listing.description ?? '');
    const crossed = worstCrossed(profile.description.min, (min) => length < min);
    if (!crossed) return [];
    const messageKey = profile.description.imageCounts ? 'rule_description_too_short_image' : 'rule_description_too_short';
    return [makeFinding('description-too-short', crossed.severity, 'description', [length, crossed.value, profile.name], { messageKey })];
  },
};
