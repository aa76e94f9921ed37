/**
 * Promotion in the title ("PROMO", "Beli 2 Gratis 1", "FLASHSALE", "12.12", "bisa COD")
 * describes the deal, not the product: Shopee's naming guideline forbids irrelevant
 * keywords in the name (marketplaces.md §3.1), and the deal has its own fields. Word
 * lists and sources in `../promo-words.ts`. Warning for promo mechanics, campaign dates
 * and unverifiable price or rank superlatives; a tip for plain "murah" or "viral".
 * Not promotion: "Disc brake", "DVD disc", "Disc Edition", COD the game (Call of Duty),
 * "4.4" in "Android 4.4", "free" gifts in the box.
 */
import type { Finding, Rule, Severity } from '../types';
import type { MessageKey } from '../../i18n/translate';
import { makeFinding, MAX_FINDINGS_PER_FIELD, removeFix } from '../finding';
import { findPhrases, withoutOverlaps, type PhraseMatch } from '../text/spans';
import {
  CAMPAIGN_DATE,
  COD_NOT_AN_OFFER,
  COD_OFFER,
  FREE_EXTRA_ONLY,
  FREE_GIFT,
  GLUED_FREE_GIFT,
  PROMO_ADJECTIVES,
  PROMO_MECHANICS,
  VERSION_BEFORE,
} from '../promo-words';

interface Promo extends PhraseMatch {
  severity: Severity;
  messageKey: MessageKey;
}

const as =
  (severity: Severity, messageKey: MessageKey) =>
  (match: PhraseMatch): Promo => ({ ...match, severity, messageKey });

function campaignDates(title: string): PhraseMatch[] {
  return findPhrases(title, CAMPAIGN_DATE).filter((match) => !VERSION_BEFORE.test(title.slice(Math.max(0, match.start - 20), match.start)));
}

export const titlePromoWords: Rule<'title-promo-words'> = {
  id: 'title-promo-words',
  messageKeys: ['rule_title_promo_words', 'rule_title_promo_words_date', 'rule_title_promo_words_tip'],
  check({ listing }) {
    const title = listing.title;
    const cod = COD_NOT_AN_OFFER.test(title) ? [] : findPhrases(title, COD_OFFER);
    const promos = withoutOverlaps<Promo>([
      ...PROMO_MECHANICS.flatMap((pattern) => findPhrases(title, pattern)).map(as('warning', 'rule_title_promo_words')),
      ...cod.map(as('warning', 'rule_title_promo_words')),
      ...[...findPhrases(title, FREE_GIFT), ...findPhrases(title, GLUED_FREE_GIFT)].map((match) =>
        FREE_EXTRA_ONLY.test(match.phrase)
          ? as('tip', 'rule_title_promo_words_tip')(match)
          : as('warning', 'rule_title_promo_words')(match),
      ),
      ...campaignDates(title).map(as('warning', 'rule_title_promo_words_date')),
      ...PROMO_ADJECTIVES.flatMap((pattern) => findPhrases(title, pattern)).map(as('tip', 'rule_title_promo_words_tip')),
    ]);
    const findings: Finding[] = [];
    for (const match of promos.slice(0, MAX_FINDINGS_PER_FIELD)) {
      const span = { start: match.start, end: match.end };
      findings.push(
        makeFinding('title-promo-words', match.severity, 'title', [match.phrase], {
          span,
          messageKey: match.messageKey,
          fix: removeFix('title', title, span, 'fix_remove_promo_words'),
        }),
      );
    }
    return findings;
  },
};
