/** Shipping cost is computed from weight, and the marketplaces require it (profiles cite each). Only when the page had the field. */
import type { Rule } from '../types';
import { makeFinding } from '../finding';

export const weightMissing: Rule<'weight-missing'> = {
  id: 'weight-missing',
  messageKeys: ['rule_weight_missing'],
  check({ listing, known, profile }) {
    return known('weightGrams') && !((listing.weightGrams ?? 0) > 0)
      ? [makeFinding('weight-missing', profile.weight, 'weightGrams', [profile.name])]
      : [];
  },
};
