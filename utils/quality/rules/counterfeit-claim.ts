/**
 * "KW", "replika", "super copy", "1:1 dengan ori": saying a product copies a brand
 * is selling a counterfeit, which every marketplace prohibits (marketplaces.md §3.1,
 * "products that infringe brand distribution rights"). No fix is offered: deleting
 * the word would hide a copy, not make it legal.
 */
import type { Finding, Rule } from '../types';
import { makeFinding, MAX_FINDINGS_PER_FIELD } from '../finding';
import { findPhrases, withoutOverlaps } from '../text/spans';

// "kW" after a number is kilowatt; "mirror" alone is a mirror; "non ori" is an honest aftermarket part.
const CLAIMS: readonly RegExp[] = [
  /(?<!\d\s?)\b(?:kw)(?:\s?(?:super|premium|grade\s?a|ori|[123]))?\b/gi,
  /\b(?:replika|replica|super\s?copy|high\s?copy|mirror\s?(?:quality|grade)|ori[\s-]?like|like\s?ori|grade\s?ori|mirip\s{1,3}(?:ori|asli|original)|seperti\s{1,3}(?:ori|asli))\b/gi,
  /\b(?:kualitas|quality|grade)\s{0,3}(?:aaa|mirror)\b|\baaa\s{0,3}(?:quality|grade)\b/gi,
  // "1:1" is a ratio (photos, scale models) unless it is said of the original.
  /\b(?:ori|original|asli|branded|copy|mirror|kualitas|quality|grade)\b[^.\n]{0,20}?\b1\s?:\s?1\b/gi,
  /\b1\s?:\s?1\b[^.\n]{0,20}?\b(?:ori|original|asli|branded)\b/gi,
];

export const counterfeitClaim: Rule<'counterfeit-claim'> = {
  id: 'counterfeit-claim',
  messageKeys: ['rule_counterfeit_claim'],
  check({ texts }) {
    const findings: Finding[] = [];
    for (const { field, text } of texts) {
      const matches = withoutOverlaps(CLAIMS.flatMap((pattern) => findPhrases(text, pattern)));
      for (const match of matches.slice(0, MAX_FINDINGS_PER_FIELD)) {
        findings.push(makeFinding('counterfeit-claim', 'error', field, [match.phrase], { span: match }));
      }
    }
    return findings;
  },
};
