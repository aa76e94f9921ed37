/** Singapore. Only the requirements a seller can show in a listing; update here when a rule changes. */
import type { MarketProfile } from '../types';
import { CARE_LABEL_ADVICE } from './care-label-advice';
import { INDONESIAN_TIMBER_RULES } from './indonesian-timber';

export const SG: MarketProfile = {
  id: 'SG',
  nameKey: 'export_market_SG',
  rules: [
    {
      // MUIS halal certification is voluntary (Administration of Muslim Law Act s. 88A governs who may certify);
      // MUIS advises buyers to look for its mark or a body it recognises. A claim without a number is a warning:
      // a false halal claim is an unfair practice under the Consumer Protection (Fair Trading) Act.
      rule: 'export-halal-missing',
      severity: 'tip',
      claimedSeverity: 'warning',
      kinds: ['food', 'cosmetic'],
      whyKey: 'export_why_sg_halal',
      source: 'https://www.muis.gov.sg/halal/',
    },
    {
      rule: 'export-fibre-composition-missing',
      severity: 'tip',
      kinds: ['textile'],
      whyKey: 'export_why_fibre_advice',
      source: 'Advice: no Singapore fibre-labelling law found.',
    },
    CARE_LABEL_ADVICE,
    {
      rule: 'export-food-contact-test-missing',
      severity: 'tip',
      kinds: ['ceramic-tableware', 'natural-tableware'],
      whyKey: 'export_why_food_contact_advice',
      source: 'Advice: Singapore Food Regulations reg. 36 limits lead from food receptacles; importers ask for a test.',
    },
    ...INDONESIAN_TIMBER_RULES,
    {
      rule: 'export-dimensions-missing',
      severity: 'tip',
      whyKey: 'export_why_dimensions',
      source: 'Advice: Singapore is metric (Weights and Measures Act).',
    },
  ],
};
