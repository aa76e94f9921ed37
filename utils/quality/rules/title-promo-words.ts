/**
 * Promotion words ("termurah", "gratis ongkir", "viral") describe the deal, not the
 * product: Shopee's naming guideline forbids irrelevant keywords and lists
 * "…boots murah" as a block reason (marketplaces.md §3.1). Promotions have their
 * own fields (discount, free-shipping programme), where buyers look for them.
 * "COD" is cash on delivery, except in "minyak ikan cod" and "cod liver oil".
 */
import type { Rule } from '../types';
import { makeFinding, MAX_FINDINGS_PER_FIELD, removeFix } from '../finding';
import { findPhrases } from '../text/spans';

const PROMO =
  /\b(?:diskon|disc|discount)\s{0,2}\d{1,2}\s{0,2}%|\b(?:promo|termurah|paling\s{1,3}murah|murah\s{1,3}meriah|murah|diskon|disc|discount|big\s{1,3}sale|flash\s{1,3}sale|hot\s{1,3}(?:sale|item|promo)|sale|obral|cuci\s{1,3}gudang|(?:gratis|free|bebas)\s{1,3}ongkir|viral|best\s{0,3}seller|terlaris|clearance|ready\s{1,3}stock|bisa\s{1,3}cod|(?<!\bikan\s{1,3})cod(?!\s{1,3}liver))\b/gi;

export const titlePromoWords: Rule<'title-promo-words'> = {
  id: 'title-promo-words',
  messageKeys: ['rule_title_promo_words'],
  check({ listing }) {
    const title = listing.title;
    return findPhrases(title, PROMO)
      .slice(0, MAX_FINDINGS_PER_FIELD)
      .map((match) =>
        makeFinding('title-promo-words', 'warning', 'title', [match.phrase], {
          span: match,
          fix: removeFix('title', title, match, 'fix_remove_promo_words'),
        }),
      );
  },
};
