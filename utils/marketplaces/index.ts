/** The marketplaces' public face: re-exports only (implementations live in their own modules). */
export type { MarketplaceId, PageKind, PageMatch, MarketplaceDetector } from './types';
export { MARKETPLACE_IDS, MarketplaceIdSchema, PAGE_KINDS, PageKindSchema, PageMatchSchema } from './types';
export { DETECTORS, MARKETPLACE_HOSTS, detectorFor, hostMatchPatterns } from './registry';
export type { Marketplace, TagForm, TierEstimator } from './marketplace';
export { detectPage } from './detect-page';
export { extractProductCards } from './cards/extract';
