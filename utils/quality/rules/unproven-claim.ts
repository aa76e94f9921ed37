/**
 * Claims a buyer cannot check. TikTok Shop by Tokopedia bans "No. 1" and "100%
 * Natural/Organic" without certificates, and cure claims outright (marketplaces.md
 * §3.1). Severity:
 * - cure claims ("menyembuhkan", "obat segala penyakit"): error, whatever the text holds;
 * - rankings ("No. 1 di Indonesia"): warning;
 * - "100% alami/organik/herbal/aman": warning; a tip when the text carries a registration
 *   (BPOM, P-IRT, halal ID, SNI) or the description is unknown (a number may be there);
 *   not reported for organik/organic when an organic certificate is named;
 * - "ampuh", "manjur": tip.
 */
import type { Finding, Rule, RuleContext, Severity } from '../types';
import type { MessageKey } from '../../i18n/translate';
import { makeFinding, MAX_FINDINGS_PER_FIELD } from '../finding';
import { findRegistrations } from '../detectors/registration-numbers';
import { findPhrases } from '../text/spans';

const PLACES = String.raw`(?:di|se)[\s-]?(?:indonesia|dunia|asia|asean|nusantara)\b`;
const CURE =
  /\b(?:menyembuhkan|dijamin\s{1,3}sembuh|sembuh\s{1,3}total|obat\s{1,3}segala\s{1,3}(?:penyakit|keluhan)|mengobati\s{1,3}(?:segala|berbagai|semua)\s{1,3}(?:penyakit|keluhan)|anti\s?kanker|membunuh\s{1,3}(?:sel\s{1,3})?kanker)\b/gi;
const RANKING: readonly RegExp[] = [
  new RegExp(String.raw`(?:\b(?:no\.?|nomor|nomer|peringkat|ranking|top)\s?(?:1|satu)|#1)\s{1,3}${PLACES}`, 'gi'),
  /\b(?:brand|merek|merk|produk|toko|seller|penjual|pilihan|skincare)\s{1,3}(?:no\.?\s?|nomor\s|nomer\s|#)1\b/gi,
  /(?:\b(?:no\.?|nomor|nomer)\s?1|(?<![\w#])#1)\s{1,3}(?:brand|merek|merk|produk|terlaris|terbaik|pilihan|best\s?seller)\b/gi,
  new RegExp(String.raw`\b(?:terbaik|terlaris|termurah|terpercaya|paling\s{1,3}(?:ampuh|bagus|laris))\s{1,3}${PLACES}`, 'gi'),
];
const ABSOLUTE = /\b100\s?%\s{0,2}(?:alami|natural|organik|organic|herbal|murni|aman)\b|\btanpa\s{1,3}efek\s{1,3}samping\b/gi;
const ORGANIC_WORD = /organi[kc]/i;
const MILD = /\b(?:ampuh|manjur|mujarab)\b/gi;

function evidence(ctx: RuleContext): { registered: boolean; organic: boolean } {
  const found = ctx.texts.flatMap(({ text }) => findRegistrations(text)).filter((match) => match.wellFormed);
  return { registered: found.some((match) => match.kind !== 'organic'), organic: found.some((match) => match.kind === 'organic') };
}

export const unprovenClaim: Rule<'unproven-claim'> = {
  id: 'unproven-claim',
  messageKeys: ['rule_unproven_claim', 'rule_unproven_claim_cure', 'rule_unproven_claim_certified'],
  check(ctx) {
    const proof = evidence(ctx);
    const findings: Finding[] = [];
    for (const { field, text } of ctx.texts) {
      const add = (pattern: RegExp, severity: Severity, messageKey: MessageKey, skip = (_phrase: string) => false) => {
        for (const match of findPhrases(text, pattern).slice(0, MAX_FINDINGS_PER_FIELD)) {
          if (!skip(match.phrase)) findings.push(makeFinding('unproven-claim', severity, field, [match.phrase], { span: match, messageKey }));
        }
      };
      add(CURE, 'error', 'rule_unproven_claim_cure');
      for (const pattern of RANKING) add(pattern, 'warning', 'rule_unproven_claim');
      const organicProven = (phrase: string) => proof.organic && ORGANIC_WORD.test(phrase);
      if (proof.registered) add(ABSOLUTE, 'tip', 'rule_unproven_claim_certified', organicProven);
      else add(ABSOLUTE, ctx.allTextKnown ? 'warning' : 'tip', 'rule_unproven_claim', organicProven);
      add(MILD, 'tip', 'rule_unproven_claim');
    }
    return findings;
  },
};
