/**
 * Saying a product copies a brand ("KW", "super copy", "HDC", "grade ori", "replika
 * tas") or writing a famous brand the way clone sellers do (0PP0, lNFINX, SANSUMG,
 * VIVQ) is selling a counterfeit, which every marketplace prohibits: "products that
 * infringe brand distribution rights" (marketplaces.md §3.1, prohibited goods), and
 * Shopee blocks a name whose brand does not match the real brand ("LVS" for Levi's,
 * marketplaces.md §3.1, keyword spam and wrong brand).
 *
 * Severity: a clone word or a disguised brand (a digit or look-alike letter) is an
 * error; a brand one letter off with no trick is a warning, since it may be a slip.
 * No fix is offered: deleting the word would hide a copy, not make it legal.
 */
import type { Finding, Rule } from '../types';
import { makeFinding, MAX_FINDINGS_PER_FIELD } from '../finding';
import { findPhrases, withoutOverlaps, type PhraseMatch } from '../text/spans';
import {
  CLONE,
  CLONE_BRAND_WINDOW,
  CLONE_WORDS,
  COPY_WORD,
  REPLICA,
  REPLICA_GOODS,
  REPLICA_OBJECT,
  MARGIELA,
  PERFUME,
} from '../clone-words';
import { findLookalikeBrands, namesClonedBrand } from '../detectors/brand-lookalikes';
import { brandName } from '../cloned-brands';
import { isNegated } from '../detectors/negation';

const WINDOW = 80;
const around = (text: string, match: PhraseMatch) => text.slice(Math.max(0, match.start - WINDOW), match.end + WINDOW);

function replicaClaims(text: string): PhraseMatch[] {
  return findPhrases(text, REPLICA).filter((match) => {
    const nearby = around(text, match);
    if (REPLICA_OBJECT.test(nearby)) return false;
    if (MARGIELA.test(nearby) || (match.phrase === 'Replica' && PERFUME.test(nearby))) return false;
    return REPLICA_GOODS.test(nearby) || namesClonedBrand(nearby);
  });
}

function cloneClaims(text: string): PhraseMatch[] {
  const clones = findPhrases(text, CLONE).filter((match) =>
    namesClonedBrand(text.slice(Math.max(0, match.start - CLONE_BRAND_WINDOW), match.end + CLONE_BRAND_WINDOW)),
  );
  // The word just before or just after "copy" must be the brand.
  const copies = findPhrases(text, COPY_WORD).filter((match) => {
    const before = /([\p{L}\p{N}]+)\s{1,2}$/u.exec(text.slice(Math.max(0, match.start - 30), match.start))?.[1] ?? '';
    const after = /^\s{1,2}([\p{L}\p{N}]+)/u.exec(text.slice(match.end, match.end + 30))?.[1] ?? '';
    return namesClonedBrand(before) || namesClonedBrand(after);
  });
  return [...clones, ...copies];
}

export const counterfeitClaim: Rule<'counterfeit-claim'> = {
  id: 'counterfeit-claim',
  messageKeys: ['rule_counterfeit_claim', 'rule_counterfeit_claim_lookalike'],
  check({ texts }) {
    const findings: Finding[] = [];
    for (const { field, text } of texts) {
      const words = [...CLONE_WORDS.flatMap((pattern) => findPhrases(text, pattern)), ...replicaClaims(text), ...cloneClaims(text)];
      // "Original, bukan KW" denies the copy: not a claim.
      const claims = withoutOverlaps(words).filter((match) => !isNegated(text, match.start));
      for (const match of claims.slice(0, MAX_FINDINGS_PER_FIELD)) {
        findings.push(makeFinding('counterfeit-claim', 'error', field, [match.phrase], { span: match }));
      }
    }
    // Look-alike brands are judged in the title only: descriptions list compatible models and honest typos.
    const title = texts.find(({ field }) => field === 'title')?.text ?? '';
    for (const match of findLookalikeBrands(title).slice(0, MAX_FINDINGS_PER_FIELD)) {
      findings.push(
        makeFinding('counterfeit-claim', match.trick ? 'error' : 'warning', 'title', [match.phrase, brandName(match.brand)], {
          span: match,
          messageKey: 'rule_counterfeit_claim_lookalike',
        }),
      );
    }
    return findings;
  },
};
