/** United States. Only the requirements a seller can show in a listing; update here when a rule changes. */
import type { MarketProfile } from '../types';

export const US: MarketProfile = {
  id: 'US',
  nameKey: 'export_market_US',
  rules: [
    {
      // Textile Fiber Products Identification Act, 16 CFR 303 (fibre content by percentage, 303.16) and 303.34
      // (mail-order and internet offers must state fibre content and origin); CBP refuses entry of textile goods
      // not labelled under the Act (19 CFR 11.12b).
      rule: 'export-fibre-composition-missing',
      severity: 'error',
      kinds: ['textile'],
      whyKey: 'export_why_us_fibre',
      source: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-C/part-303',
    },
    {
      // FTC Care Labeling Rule, 16 CFR 423.5-423.6: textile wearing apparel must carry a permanent care label.
      rule: 'export-care-label-missing',
      severity: 'error',
      kinds: ['garment'],
      whyKey: 'export_why_us_care',
      source: 'https://www.ecfr.gov/current/title-16/chapter-I/subchapter-D/part-423',
    },
    {
      // FDA Compliance Policy Guide Sec. 545.450 (lead in pottery/ceramicware) and Import Alert 52-08: ware over
      // the action levels is detained. No test statement is required in law, so this is a warning.
      rule: 'export-food-contact-test-missing',
      severity: 'warning',
      kinds: ['ceramic-tableware'],
      whyKey: 'export_why_us_ceramic',
      source:
        'https://www.fda.gov/regulatory-information/search-fda-guidance-documents/cpg-sec-545450-pottery-ceramics-import-and-domestic-lead-contamination',
    },
    {
      rule: 'export-food-contact-test-missing',
      severity: 'tip',
      kinds: ['natural-tableware'],
      whyKey: 'export_why_food_contact_advice',
      source: 'Advice: FDA 21 CFR 174.5 (general provisions for food-contact substances).',
    },
    {
      // Lacey Act (16 U.S.C. 3372): illegally harvested plants are forfeited; the plant declaration (PPQ 505,
      // genus, species, country of harvest) is required at import for wood products of the phased-in HTS lists.
      rule: 'export-timber-legality-missing',
      severity: 'warning',
      kinds: ['wood'],
      whyKey: 'export_why_us_timber',
      source: 'https://www.aphis.usda.gov/plant-imports/lacey-act',
    },
    {
      rule: 'export-timber-legality-missing',
      severity: 'tip',
      kinds: ['rattan'],
      whyKey: 'export_why_rattan_advice',
      source: 'Advice: the Lacey Act covers all plants, rattan included, but no declaration is phased in for HTS 4602.',
    },
    {
      rule: 'export-dimensions-missing',
      severity: 'tip',
      whyKey: 'export_why_dimensions',
      source: 'Advice: buyers abroad judge size and shipping from metric measures (US labels give both units, 16 CFR 500).',
    },
  ],
};
