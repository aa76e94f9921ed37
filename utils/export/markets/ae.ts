/** United Arab Emirates. Only the requirements a seller can show in a listing; update here when a rule changes. */
import type { MarketProfile } from '../types';
import { CARE_LABEL_ADVICE } from './care-label-advice';
import { INDONESIAN_TIMBER_RULES } from './indonesian-timber';

export const AE: MarketProfile = {
  id: 'AE',
  nameKey: 'export_market_AE',
  rules: [
    {
      // Cabinet Resolution 10/2014 (UAE National System for Halal Products Control) and UAE.S 2055-1 (food),
      // 2055-4 (cosmetics): a product marketed as halal needs a certificate from a body MoIAT accredits, so a claim
      // without a number is an error; without a claim it is what buyers in the Gulf look for.
      rule: 'export-halal-missing',
      severity: 'warning',
      claimedSeverity: 'error',
      kinds: ['food', 'cosmetic'],
      whyKey: 'export_why_ae_halal',
      source: 'https://moiat.gov.ae/ (UAE National System for Halal Products, UAE.S 2055-1:2015)',
    },
    {
      rule: 'export-fibre-composition-missing',
      severity: 'tip',
      kinds: ['textile'],
      whyKey: 'export_why_fibre_advice',
      source: 'Advice: importers ask for the composition (GSO textile labelling standards; not checked as law here).',
    },
    CARE_LABEL_ADVICE,
    {
      rule: 'export-food-contact-test-missing',
      severity: 'tip',
      kinds: ['ceramic-tableware', 'natural-tableware'],
      whyKey: 'export_why_food_contact_advice',
      source: 'Advice: importers ask for a lead and cadmium test.',
    },
    ...INDONESIAN_TIMBER_RULES,
    {
      rule: 'export-dimensions-missing',
      severity: 'tip',
      whyKey: 'export_why_dimensions',
      source: 'Advice: the UAE is metric.',
    },
  ],
};
