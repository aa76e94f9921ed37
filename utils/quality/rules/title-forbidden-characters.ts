/** Characters a marketplace's form refuses in a title (Lazada: "^~<>|, TikTok: Chinese characters). */
import type { Rule } from '../types';
import { makeFinding, MAX_FINDINGS_PER_FIELD, removeFix } from '../finding';
import { findPhrases } from '../text/spans';

export const titleForbiddenCharacters: Rule<'title-forbidden-characters'> = {
  id: 'title-forbidden-characters',
  messageKeys: ['rule_title_forbidden_characters'],
  check({ listing, profile }) {
    const forbidden = profile.title.forbidden;
    if (!forbidden) return [];
    const title = listing.title;
    return findPhrases(title, forbidden.pattern)
      .slice(0, MAX_FINDINGS_PER_FIELD)
      .map((match) =>
        makeFinding('title-forbidden-characters', forbidden.severity, 'title', [match.phrase, profile.name], {
          span: match,
          fix: removeFix('title', title, match, 'fix_remove_forbidden_characters'),
        }),
      );
  },
};
