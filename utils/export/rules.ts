/**
 * What each export rule looks for in the listing's text. Which products and markets a rule
 * applies to, and how severe it is there, lives in the market data files (markets/*.ts).
 */
import type { MessageKey } from '../i18n/translate';
import type { ListingField } from '../listing/listing';
import {
  hasCareInstructions,
  hasEuContact,
  hasFibreComposition,
  hasFoodSafeStatement,
  hasHalalNumber,
  hasMetricMeasure,
  hasTimberLegality,
} from './evidence';
import type { ExportRuleId } from './types';

export interface ExportRuleDefinition {
  field: ListingField;
  messageKey: MessageKey;
  /** The listing already shows what the destination asks for. */
  satisfied(text: string): boolean;
}

export const EXPORT_RULES: Readonly<Record<ExportRuleId, ExportRuleDefinition>> = {
  'export-fibre-composition-missing': {
    field: 'description',
    messageKey: 'export_rule_fibre_composition_missing',
    satisfied: hasFibreComposition,
  },
  'export-care-label-missing': { field: 'description', messageKey: 'export_rule_care_label_missing', satisfied: hasCareInstructions },
  'export-food-contact-test-missing': {
    field: 'description',
    messageKey: 'export_rule_food_contact_test_missing',
    satisfied: hasFoodSafeStatement,
  },
  'export-timber-legality-missing': {
    field: 'description',
    messageKey: 'export_rule_timber_legality_missing',
    satisfied: hasTimberLegality,
  },
  'export-halal-missing': { field: 'description', messageKey: 'export_rule_halal_missing', satisfied: hasHalalNumber },
  'export-dimensions-missing': { field: 'description', messageKey: 'export_rule_dimensions_missing', satisfied: hasMetricMeasure },
  'export-responsible-person-missing': {
    field: 'description',
    messageKey: 'export_rule_responsible_person_missing',
    satisfied: hasEuContact,
  },
};
