/**
 * The export check's vocabulary. An export finding mirrors a quality `Finding` (rule id, severity,
 * field, locale key with substitutions) so the panel can show both the same way, and adds the
 * destination's reason (`whyKey`) and whether Rapi read enough of the listing to be sure.
 * Export rule ids are kept out of quality's `RuleId`: they judge a destination, not a marketplace,
 * and never enter the listing score.
 */
import type { MessageKey } from '../i18n/translate';
import type { ListingField } from '../listing/listing';
import type { Severity, Span } from '../quality/types';

export const EXPORT_MARKETS = ['MY', 'SG', 'AE', 'EU', 'US'] as const;
export type ExportMarket = (typeof EXPORT_MARKETS)[number];

export const EXPORT_RULE_IDS = [
  'export-fibre-composition-missing',
  'export-care-label-missing',
  'export-food-contact-test-missing',
  'export-timber-legality-missing',
  'export-halal-missing',
  'export-dimensions-missing',
  'export-responsible-person-missing',
] as const;
export type ExportRuleId = (typeof EXPORT_RULE_IDS)[number];

/**
 * What a product is, as far as destinations care. `garment` is always also `textile`;
 * `ceramic-tableware` is food-contact ceramic (plates, cups, teapots), `natural-tableware` food-contact
 * wood, bamboo, coconut shell or rattan. Plastic and metal tableware are out of scope for now.
 */
export const PRODUCT_KINDS = [
  'textile',
  'garment',
  'ceramic-tableware',
  'natural-tableware',
  'wood',
  'rattan',
  'food',
  'cosmetic',
] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];

export interface ExportFinding {
  ruleId: ExportRuleId;
  severity: Severity;
  field: ListingField;
  /** What to add, in plain words. */
  messageKey: MessageKey;
  /** Substitutions for $1…$9 of the message. */
  params: string[];
  /** The destination's reason, naming the law or programme it comes from. */
  whyKey: MessageKey;
  /**
   * Rapi read only the title (the description was not on the page or not stored), so the
   * evidence may be there after all; the severity is then capped at `warning`.
   */
  unverified?: true;
  span?: Span;
}

export interface ExportReport {
  market: ExportMarket;
  /** What Rapi took the product to be; an empty list means only the general checks ran. */
  kinds: ProductKind[];
  findings: ExportFinding[];
}

/**
 * One line of a market's data file: this rule applies to these kinds of product with this
 * severity, for this reason. The first entry of a rule whose kinds match the product wins, so a
 * kind-specific entry goes before the general one.
 */
export interface MarketRule {
  rule: ExportRuleId;
  severity: Severity;
  /** The product kinds the requirement is for; absent means every product. */
  kinds?: readonly ProductKind[];
  /** Halal only: the severity when the listing says "halal" but shows no certificate number. */
  claimedSeverity?: Severity;
  whyKey: MessageKey;
  /** Where the fact comes from (regulation, official page), for whoever updates the file. */
  source: string;
}

export interface MarketProfile {
  id: ExportMarket;
  nameKey: MessageKey;
  rules: readonly MarketRule[];
}
