/**
 * Processed food and drink need a P-IRT number (home industry) or BPOM MD/ML
 * (marketplaces.md §3.2–3.3); buyers and marketplaces look for it. Said only when
 * the whole text is known, since the number may be in a description Rapi has not
 * read. Food kept less than 7 days (fresh cakes) is exempt, and the message says so.
 */
import type { Rule } from '../types';
import { makeFinding } from '../finding';
import { foodSignal } from '../detectors/food-words';
import { findRegistrations } from '../detectors/registration-numbers';

const FOOD_REGISTRATIONS = new Set(['pirt', 'md-ml', 'bpom-mention', 'bpom-other']);

export const foodRegistrationMissing: Rule<'food-registration-missing'> = {
  id: 'food-registration-missing',
  messageKeys: ['rule_food_registration_missing'],
  check({ listing, texts, allTextKnown }) {
    if (!allTextKnown) return [];
    const food = foodSignal(listing.title, listing.category);
    if (!food) return [];
    const registered = texts.some(({ text }) => findRegistrations(text).some((match) => FOOD_REGISTRATIONS.has(match.kind)));
    return registered ? [] : [makeFinding('food-registration-missing', 'warning', 'description', [food.word])];
  },
};
