/** Short titles are hard to find: every marketplace's search matches on the words in it. */
import type { Rule } from '../types';
import { makeFinding } from '../finding';
import { worstCrossed } from '../profiles';
import { charLength } from '../text/measure';

export const titleTooShort: Rule<'title-too-short'> = {
  id: 'title-too-short',
  messageKeys: ['rule_title_too_short'],
  check({ listing, profile }) {
    const length = charLength(listing.title);
    const crossed = worstCrossed(profile.title.min, (min) => length < min);
    return crossed ? [makeFinding('title-too-short', crossed.severity, 'title', [length, crossed.value, profile.name])] : [];
  },
};
