/**
 * Claims a buyer cannot check. TikTok Shop by Tokopedia bans "No. 1" and "100%
 * Natural/Organic" without certificates, and cure claims outright (marketplaces.md
 * §3.1; phrases in `../claim-words.ts`). Severity:
 * - cure claims ("menyembuhkan", "dijamin sembuh", "obat segala penyakit"): error, whatever the text holds;
 * - treating a named condition ("mengobati jerawat", "menurunkan kolesterol"): warning;
 * - rankings ("No. 1 di Indonesia", "paling ampuh") and title superlatives ("TERBAIK", "terlaris",
 *   "best seller", "ampuh", "ajaib"): warning; "termurah" and praise of the use ("untuk pengalaman terbaik"): tip;
 * - "teruji klinis" without the test named, "terbukti 3 hari", medical effects on a cosmetic: warning;
 * - "100% alami/organik/herbal/aman": warning; a tip when the text carries a registration
 *   (BPOM, P-IRT, halal ID, SNI) or the description is unknown (a number may be there);
 *   not reported for organik/organic when an organic certificate is named;
 * - "ampuh", "manjur" in a description: tip.
 */
import type { Finding, Rule, RuleContext, Severity } from '../types';
import type { MessageKey } from '../../i18n/translate';
import { makeFinding, MAX_FINDINGS_PER_FIELD } from '../finding';
import { findRegistrations } from '../detectors/registration-numbers';
import { isNegated } from '../detectors/negation';
import { findPhrases, withoutOverlaps, type PhraseMatch } from '../text/spans';
import {
  ABSOLUTE,
  BODY_CHANGE,
  CLINICAL,
  CLINICAL_EVIDENCE,
  CURE,
  HEALTH_OR_BEAUTY,
  MEDICAL_EFFECT,
  MILD,
  MIRACLE,
  PRICE_SUPERLATIVE,
  PROVEN,
  RANKING,
  SUPERLATIVE_OF_USE,
  TITLE_SUPERLATIVE,
  TREATS,
} from '../claim-words';

const ORGANIC_WORD = /organi[kc]/i;
const OTHER_NUMBER = /\bno\.?\s?(?:[02-9]|\d{2,})\b/i;

interface Claim extends PhraseMatch {
  severity: Severity;
  messageKey: MessageKey;
}

function evidence(ctx: RuleContext): { registered: boolean; organic: boolean; clinical: boolean } {
  const found = ctx.texts.flatMap(({ text }) => findRegistrations(text)).filter((match) => match.wellFormed);
  return {
    registered: found.some((match) => match.kind !== 'organic'),
    organic: found.some((match) => match.kind === 'organic'),
    clinical: ctx.texts.some(({ text }) => CLINICAL_EVIDENCE.test(text)),
  };
}

export const unprovenClaim: Rule<'unproven-claim'> = {
  id: 'unproven-claim',
  messageKeys: ['rule_unproven_claim', 'rule_unproven_claim_cure', 'rule_unproven_claim_certified'],
  check(ctx) {
    const proof = evidence(ctx);
    const healthOrBeauty = ctx.texts.some(({ text }) => HEALTH_OR_BEAUTY.test(text));
    const findings: Finding[] = [];
    for (const { field, text } of ctx.texts) {
      const claims: Claim[] = [];
      // Stryker disable next-line ArrowFunction: a skip that returns undefined skips nothing, as false does
      const add = (pattern: RegExp, severity: Severity, messageKey: MessageKey, skip = (_phrase: string) => false) => {
        for (const match of findPhrases(text, pattern)) {
          // "Tidak untuk menyembuhkan penyakit" is the disclaimer the rules ask for, not a claim.
          if (!skip(match.phrase) && !isNegated(text, match.start)) claims.push({ ...match, severity, messageKey });
        }
      };
      add(CURE, 'error', 'rule_unproven_claim_cure');
      add(TREATS, proof.registered ? 'tip' : 'warning', 'rule_unproven_claim_cure');
      for (const pattern of RANKING) add(pattern, 'warning', 'rule_unproven_claim');
      // "No.1 dan No.2": numbered sizes, not a ranking.
      const numberedSizes = (phrase: string) => /^no/i.test(phrase) && OTHER_NUMBER.test(text);
      if (field === 'title') {
        for (const match of findPhrases(text, TITLE_SUPERLATIVE)) {
          if (numberedSizes(match.phrase) || isNegated(text, match.start)) continue;
          // "Untuk pengalaman gaming terbaik" praises the use, not the product: a tip.
          const ofUse = SUPERLATIVE_OF_USE.test(text.slice(Math.max(0, match.start - 40), match.start));
          claims.push({ ...match, severity: ofUse ? 'tip' : 'warning', messageKey: 'rule_unproven_claim' });
        }
        add(PRICE_SUPERLATIVE, 'tip', 'rule_unproven_claim');
      }
      // "Ajaib" in a title is a claim on any product; in a description only on health and beauty goods ("spons ajaib" cleans).
      if (field === 'title' || healthOrBeauty) add(MIRACLE, 'warning', 'rule_unproven_claim');
      // "Ampuh" selling in a title is a warning; in a description it is milder talk, a tip.
      add(MILD, field === 'title' ? 'warning' : 'tip', 'rule_unproven_claim');
      // Before PROVEN, which also reads "terbukti klinis": with the test named it is a tip, as "teruji klinis" is.
      add(CLINICAL, proof.clinical ? 'tip' : 'warning', 'rule_unproven_claim');
      add(PROVEN, 'warning', 'rule_unproven_claim');
      if (healthOrBeauty) add(MEDICAL_EFFECT, 'warning', 'rule_unproven_claim_cure');
      add(BODY_CHANGE, 'warning', 'rule_unproven_claim_body');
      const organicProven = (phrase: string) => proof.organic && ORGANIC_WORD.test(phrase);
      if (proof.registered) add(ABSOLUTE, 'tip', 'rule_unproven_claim_certified', organicProven);
      else add(ABSOLUTE, ctx.allTextKnown ? 'warning' : 'tip', 'rule_unproven_claim', organicProven);
      // The first pattern to claim a phrase wins: "paling ampuh" is a ranking, not also a mild "ampuh"
      // (withoutOverlaps sorts stably, so of two equal spans the one added first is kept).
      const kept = withoutOverlaps(claims);
      for (const claim of kept.slice(0, MAX_FINDINGS_PER_FIELD)) {
        findings.push(makeFinding('unproven-claim', claim.severity, field, [claim.phrase], { span: claim, messageKey: claim.messageKey }));
      }
    }
    return findings;
  },
};
