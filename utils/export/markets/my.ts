/** Malaysia. Only the requirements a seller can show in a listing; update here when a rule changes. */
import type { MarketProfile } from '../types';
import { CARE_LABEL_ADVICE } from './care-label-advice';
import { INDONESIAN_TIMBER_RULES } from './indonesian-timber';

export const MY: MarketProfile = {
  id: 'MY',
  nameKey: 'export_market_MY',
  rules: [
    {
      // Trade Descriptions (Certification and Marking of Halal) Order 2011: "halal" on food may only be used with a
      // JAKIM certificate or one from a foreign body JAKIM recognises (BPJPH is on its list), so a halal claim
      // without a number is an error; without a claim, halal is not law for most processed food but is what
      // Malaysian buyers and retailers look for.
      rule: 'export-halal-missing',
      severity: 'warning',
      claimedSeverity: 'error',
      kinds: ['food', 'cosmetic'],
      whyKey: 'export_why_my_halal',
      source: 'https://www.halal.gov.my/ (Trade Descriptions (Certification and Marking of Halal) Order 2011, P.U.(A) 430/2011)',
    },
    {
      rule: 'export-fibre-composition-missing',
      severity: 'tip',
      kinds: ['textile'],
      whyKey: 'export_why_fibre_advice',
      source: 'Advice: no Malaysian fibre-labelling law found; importers and buyers ask for the composition.',
    },
    CARE_LABEL_ADVICE,
    {
      rule: 'export-food-contact-test-missing',
      severity: 'tip',
      kinds: ['ceramic-tableware', 'natural-tableware'],
      whyKey: 'export_why_food_contact_advice',
      source: 'Advice: importers ask for a lead and cadmium test (Malaysian Food Regulations 1985 reg. 27 covers packaging).',
    },
    ...INDONESIAN_TIMBER_RULES,
    {
      rule: 'export-dimensions-missing',
      severity: 'tip',
      whyKey: 'export_why_dimensions',
      source: 'Advice: Malaysia is metric (Weights and Measures Act 1972).',
    },
  ],
};
