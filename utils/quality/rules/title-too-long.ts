/**
 * Over a hard limit the marketplace's form refuses the title (an error, measured on the whole
 * title); over a quality target it scores the listing lower (a warning) or the name is cut on the
 * search card (a tip). Targets are measured on the seller's part of the title: the variant that
 * Tokopedia's cards append is not the seller's to shorten (text/seller-title.ts). The span marks
 * the part past the limit.
 */
import type { Finding, Rule } from '../types';
import { makeFinding } from '../finding';
import { worstCrossed } from '../profiles';
import { charLength, utf8Length } from '../text/measure';
import { sellerTitle } from '../text/seller-title';

export const titleTooLong: Rule<'title-too-long'> = {
  id: 'title-too-long',
  messageKeys: ['rule_title_too_long', 'rule_title_too_long_tip', 'rule_title_too_long_bytes'],
  check({ listing, profile }) {
    const findings: Finding[] = [];
    const whole = charLength(listing.title);
    const own = charLength(sellerTitle(listing.title, profile));
    const lead = listing.title.length - listing.title.trimStart().length;
    // Hard limits count the whole title, targets the seller's part: checked as two groups.
    const hard = worstCrossed(
      profile.title.max.filter((t) => t.severity === 'error'),
      (max) => whole > max,
    );
    const crossed =
      hard ??
      worstCrossed(
        // Stryker disable next-line MethodExpression,ConditionalExpression,StringLiteral: equivalent; the seller's part is never longer than the whole title, so a hard limit it crosses was already caught above
        profile.title.max.filter((t) => t.severity !== 'error'),
        (max) => own > max,
      );
    if (crossed) {
      const length = crossed.severity === 'error' ? whole : own;
      const span = { start: lead + crossed.value, end: lead + length };
      const messageKey = crossed.severity === 'tip' ? 'rule_title_too_long_tip' : 'rule_title_too_long';
      findings.push(makeFinding('title-too-long', crossed.severity, 'title', [length, crossed.value, profile.name], { span, messageKey }));
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
