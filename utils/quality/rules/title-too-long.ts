/**
 * Over a hard limit the marketplace cuts or refuses the title; over a quality
 * target it scores the listing lower. The span marks the part past the limit.
 */
import type { Finding, Rule } from '../types';
import { makeFinding } from '../finding';
import { worstCrossed } from '../profiles';
import { charLength, utf8Length } from '../text/measure';

export const titleTooLong: Rule<'title-too-long'> = {
  id: 'title-too-long',
  messageKeys: ['rule_title_too_long', 'rule_title_too_long_bytes'],
  check({ listing, profile }) {
    const findings: Finding[] = [];
    const length = charLength(listing.title);
    const lead = listing.title.length - listing.title.trimStart().length;
    const crossed = worstCrossed(profile.title.max, (max) => length > max);
    if (crossed) {
      const span = { start: lead + crossed.value, end: lead + length };
      findings.push(makeFinding('title-too-long', crossed.severity, 'title', [length, crossed.value, profile.name], { span }));
    }
    const bytes = profile.title.maxBytes;
    // Only when the character limit did not already say it: one message about length is enough.
    if (bytes && !crossed && utf8Length(listing.title) > bytes.value) {
      findings.push(
        makeFinding('title-too-long', bytes.severity, 'title', [utf8Length(listing.title), bytes.value, profile.name], {
          messageKey: 'rule_title_too_long_bytes',
        }),
      );
    }
    return findings;
  },
};
