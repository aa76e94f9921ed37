/**
 * "Halal" without the BPJPH certificate number ("ID" + 12–17 digits) cannot be
 * checked by the buyer at halal.go.id, and BPJPH warns against printing the KH
 * (Ketetapan Halal) number instead (marketplaces.md §3.4). "Non-halal" is an honest
 * statement and "halal bihalal" an event: neither is a claim.
 */
import type { Finding, Rule } from '../types';
import { makeFinding } from '../finding';
import { findRegistrations } from '../detectors/registration-numbers';
import { findPhrases } from '../text/spans';

export const CLAIM = /(?<!\b(?:non|tidak|bukan|belum)[\s-]{0,3}|\bbi[\s-]?)\bhalal\b(?![\s-]?bi[\s-]?halal|\.go\.id)/gi;
/**
 * Certificates LPPOM MUI issued before BPJPH took over (2019) carry a 14-digit number
 * ("Halal MUI No. 00150012345678"), still checkable at halalmui.org until they expire: a buyer
 * can verify it, so it is not an unverified claim.
 */
export const MUI_NUMBER = /\b(?:MUI|LPPOM)\b[^\n\d]{0,30}\d{14}\b/i;

export const halalClaimUnverified: Rule<'halal-claim-unverified'> = {
  id: 'halal-claim-unverified',
  messageKeys: ['rule_halal_claim_unverified', 'rule_halal_claim_unverified_kh'],
  check({ texts, allTextKnown }) {
    const claims = texts.flatMap(({ field, text }) => findPhrases(text, CLAIM).map((match) => ({ field, match })));
    if (claims.length === 0) return [];
    const registrations = texts.flatMap(({ field, text }) => findRegistrations(text).map((match) => ({ field, match })));
    if (registrations.some(({ match }) => match.kind === 'halal-id') || texts.some(({ text }) => MUI_NUMBER.test(text))) return [];
    const kh = registrations.find(({ match }) => match.kind === 'halal-kh');
    if (kh) {
      return [
        makeFinding('halal-claim-unverified', 'warning', kh.field, [kh.match.phrase], {
          span: kh.match,
          messageKey: 'rule_halal_claim_unverified_kh',
        }),
      ];
    }
    const first = claims[0]!;
    const findings: Finding[] = [];
    // The certificate number may be in a description Rapi has not read.
    if (allTextKnown) findings.push(makeFinding('halal-claim-unverified', 'warning', first.field, [], { span: first.match }));
    return findings;
  },
};
