/**
 * European Union (27 member states). Only the requirements a seller can show in a listing.
 * Update here when a regulation changes; the rule files hold no market facts.
 */
import type { MarketProfile } from '../types';

export const EU: MarketProfile = {
  id: 'EU',
  nameKey: 'export_market_EU',
  rules: [
    {
      // Regulation (EU) No 1007/2011 (Textile Regulation) art. 14 (labelling of fibre composition) and art. 16(1)
      // (shown before purchase, "including when the purchase is made by electronic means"); fibre names from Annex I.
      rule: 'export-fibre-composition-missing',
      severity: 'error',
      kinds: ['textile'],
      whyKey: 'export_why_eu_fibre',
      source: 'https://eur-lex.europa.eu/eli/reg/2011/1007/oj',
    },
    {
      // No EU-wide care-label law: care symbols are the voluntary GINETEX / ISO 3758 system, which buyers expect.
      rule: 'export-care-label-missing',
      severity: 'tip',
      kinds: ['garment'],
      whyKey: 'export_why_care_advice',
      source: 'https://www.ginetex.net/ (ISO 3758:2023)',
    },
    {
      // Regulation (EC) No 1935/2004 art. 3 and 16 (declaration of compliance) with Council Directive 84/500/EEC
      // as amended by 2005/31/EC: lead and cadmium limits for ceramic articles and a written declaration of
      // compliance at every stage of marketing. RASFF border rejections of ceramic ware for lead are routine.
      rule: 'export-food-contact-test-missing',
      severity: 'error',
      kinds: ['ceramic-tableware'],
      whyKey: 'export_why_eu_ceramic',
      source: 'https://eur-lex.europa.eu/eli/dir/1984/500/oj',
    },
    {
      // Regulation (EC) No 1935/2004 art. 3 (general safety of food-contact materials); wood, bamboo and
      // coconut shell have no specific EU measure or mandatory declaration, so this is advice.
      rule: 'export-food-contact-test-missing',
      severity: 'warning',
      kinds: ['natural-tableware'],
      whyKey: 'export_why_food_contact_advice',
      source: 'https://eur-lex.europa.eu/eli/reg/2004/1935/oj',
    },
    {
      // EUTR, Regulation (EU) No 995/2010 (due diligence; FLEGT-licensed timber counts as legal: Indonesia's
      // SVLK V-Legal document is the only FLEGT licence in use), replaced by the EUDR, Regulation (EU) 2023/1115,
      // Annex I (HS 44 wood and 94 wooden furniture). Without legality evidence the EU importer cannot place it.
      rule: 'export-timber-legality-missing',
      severity: 'error',
      kinds: ['wood'],
      whyKey: 'export_why_eu_timber',
      source: 'https://eur-lex.europa.eu/eli/reg/2023/1115/oj',
    },
    {
      // Rattan (HS 1401, 4602, 9401 52/53) is not in EUDR Annex I: buyers still ask where it comes from.
      rule: 'export-timber-legality-missing',
      severity: 'tip',
      kinds: ['rattan'],
      whyKey: 'export_why_rattan_advice',
      source: 'https://eur-lex.europa.eu/eli/reg/2023/1115/oj (Annex I)',
    },
    {
      // Regulation (EU) No 1169/2011 (food information) art. 9(1)(e) net quantity, and art. 14(1): for distance
      // selling the mandatory particulars must be available before the purchase is concluded.
      rule: 'export-dimensions-missing',
      severity: 'warning',
      kinds: ['food'],
      whyKey: 'export_why_eu_food_quantity',
      source: 'https://eur-lex.europa.eu/eli/reg/2011/1169/oj',
    },
    {
      rule: 'export-dimensions-missing',
      severity: 'tip',
      whyKey: 'export_why_dimensions',
      source: 'Advice: EU buyers shop in centimetres and grams (Directive 2011/83/EU art. 6(1)(a) "main characteristics").',
    },
    {
      // Regulation (EC) No 1223/2009 (cosmetics) art. 4 (a Responsible Person established in the EU) and
      // art. 19(1)(a) (its name and address on the label).
      rule: 'export-responsible-person-missing',
      severity: 'error',
      kinds: ['cosmetic'],
      whyKey: 'export_why_eu_responsible_cosmetic',
      source: 'https://eur-lex.europa.eu/eli/reg/2009/1223/oj',
    },
    {
      // Regulation (EU) No 1169/2011 art. 8(1) and 9(1)(h): the food business operator named is the one in the
      // EU (the importer when the maker is outside it).
      rule: 'export-responsible-person-missing',
      severity: 'error',
      kinds: ['food'],
      whyKey: 'export_why_eu_responsible_food',
      source: 'https://eur-lex.europa.eu/eli/reg/2011/1169/oj',
    },
    {
      // GPSR, Regulation (EU) 2023/988, in force since 13 December 2024: art. 16 (an economic operator established
      // in the EU, with the tasks of art. 4 of Regulation (EU) 2019/1020), art. 9(5)-(6) (product identification and
      // manufacturer's contact) and art. 19 (online offers show the manufacturer and the EU responsible person).
      rule: 'export-responsible-person-missing',
      severity: 'error',
      whyKey: 'export_why_eu_responsible',
      source: 'https://eur-lex.europa.eu/eli/reg/2023/988/oj',
    },
  ],
};
