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
export {
  draftEnglish,
  draftWithGlossary,
  repairCraftTerms,
  type DraftOptions,
  type DraftPath,
  type DraftSource,
  type EnglishDraft,
  type FallbackReason,
} from './draft-english';
export { glossaryDraft, maskTerms, unmaskTerms, type GlossaryDraft } from './glossary-draft';
export { GLOSSARY_GROUPS, type GlossaryGroup } from './glossary';
export { chromeTranslator } from './chrome-translator';
export type { TranslatorApi, TranslatorAvailability, TranslatorLanguages, TranslatorSession } from './translator-types';
