/**
 * Characters a marketplace refuses in a title: TikTok Shop's form refuses Chinese characters (an
 * error); Lazada's upload API refuses ^~<> while its form takes them (a tip, profiles/lazada.ts).
 */
import type { Rule } from '../types';
import { makeFinding, MAX_FINDINGS_PER_FIELD, removeFix } from '../finding';
import { findPhrases } from '../text/spans';

export const titleForbiddenCharacters: Rule<'title-forbidden-characters'> = {
  id: 'title-forbidden-characters',
  messageKeys: ['rule_title_forbidden_characters', 'rule_title_forbidden_characters_api'],
  check({ listing, profile }) {
    const forbidden = profile.title.forbidden;
    if (!forbidden) return [];
    const title = listing.title;
    return findPhrases(title, forbidden.pattern)
      .slice(0, MAX_FINDINGS_PER_FIELD)
      .map((match) =>
        makeFinding('title-forbidden-characters', forbidden.severity, 'title', [match.phrase, profile.name], {
          span: match,
          messageKey: forbidden.refusedBy === 'api' ? 'rule_title_forbidden_characters_api' : 'rule_title_forbidden_characters',
          fix: removeFix('title', title, match, 'fix_remove_forbidden_characters'),
        }),
      );
  },
};
