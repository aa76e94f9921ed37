/**
 * Ready for buyers abroad (issue 16): the destination's requirements a listing does not yet show,
 * and an English draft of the listing. Pure: no DOM, no browser API, no network.
 */
export { checkExportReadiness, type ExportListing } from './readiness';
export { detectKinds, type KindInput } from './kinds';
export { MARKETS } from './markets';
export { EXPORT_RULES } from './rules';
export {
  EXPORT_MARKETS,
  EXPORT_RULE_IDS,
  PRODUCT_KINDS,
  type ExportFinding,
  type ExportMarket,
  type ExportReport,
  type ExportRuleId,
  type MarketProfile,
  type MarketRule,
  type ProductKind,
} from './types';
