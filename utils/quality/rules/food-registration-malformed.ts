/**
 * A P-IRT or BPOM number with the wrong length looks fake to a buyer who checks it
 * at cekbpom.pom.go.id. P-IRT: 15 digits "1234567890123-45"; MD/ML: 12 digits
 * (marketplaces.md §3.2–3.3). "Sudah BPOM" with no number counts in a food listing.
 */
import type { Finding, Rule } from '../types';
import { makeFinding, MAX_FINDINGS_PER_FIELD } from '../finding';
import { foodSignal } from '../detectors/food-words';
import { findRegistrations } from '../detectors/registration-numbers';

const FORMAT = { pirt: 'P-IRT No. 1234567890123-45', 'md-ml': 'BPOM RI MD 123456789012' } as const;

export const foodRegistrationMalformed: Rule<'food-registration-malformed'> = {
  id: 'food-registration-malformed',
  messageKeys: ['rule_food_registration_malformed', 'rule_food_registration_malformed_no_number'],
  check({ listing, texts }) {
    const isFood = foodSignal(listing.title, listing.category) !== null;
    const findings: Finding[] = [];
    for (const { field, text } of texts) {
      const matches = findRegistrations(text);
      const hasNumber = matches.some((match) => (match.kind === 'pirt' || match.kind === 'md-ml') && match.digits !== '');
      for (const match of matches.slice(0, MAX_FINDINGS_PER_FIELD)) {
        if ((match.kind === 'pirt' || match.kind === 'md-ml') && !match.wellFormed) {
          const messageKey = match.digits === '' ? 'rule_food_registration_malformed_no_number' : 'rule_food_registration_malformed';
          findings.push(
            makeFinding('food-registration-malformed', 'warning', field, [match.phrase, FORMAT[match.kind]], { span: match, messageKey }),
          );
        } else if (match.kind === 'bpom-mention' && isFood && !hasNumber) {
          findings.push(
            makeFinding('food-registration-malformed', 'warning', field, [match.phrase, FORMAT['md-ml']], {
              span: match,
              messageKey: 'rule_food_registration_malformed_no_number',
            }),
          );
        }
      }
    }
    return findings;
  },
};
