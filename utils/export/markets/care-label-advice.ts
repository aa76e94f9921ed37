/**
 * Care instructions where the destination has no care-labelling law of its own (MY, SG, AE):
 * advice, so a tip. The EU and the US write their own entry (the US Care Labeling Rule is law).
 */
import type { MarketRule } from '../types';

export const CARE_LABEL_ADVICE: MarketRule = {
  rule: 'export-care-label-missing',
  severity: 'tip',
  kinds: ['garment'],
  whyKey: 'export_why_care_advice',
  source: 'Advice: ISO 3758 care symbols.',
};
