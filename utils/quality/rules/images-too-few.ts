/** Buyers judge from photos; Shopee wants 3, TikTok 5, and none accepts zero (profiles cite each number). */
import type { Rule } from '../types';
import { makeFinding } from '../finding';
import { worstCrossed } from '../profiles';

export const imagesTooFew: Rule<'images-too-few'> = {
  id: 'images-too-few',
  messageKeys: ['rule_images_too_few'],
  check({ listing, profile }) {
    const count = listing.imageCount;
    if (count === undefined) return [];
    const crossed = worstCrossed(profile.images.min, (min) => count < min);
    return crossed ? [makeFinding('images-too-few', crossed.severity, 'imageCount', [count, crossed.value, profile.name])] : [];
  },
};
