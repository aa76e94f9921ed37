/** The marketplaces' public face: re-exports only (implementations live in their own modules). */
export type { MarketplaceId, PageKind, PageMatch, MarketplaceDetector } from './types';
export { MARKETPLACE_IDS, MarketplaceIdSchema, PAGE_KINDS, PageKindSchema, PageMatchSchema } from './types';
export { DETECTORS, MARKETPLACE_HOSTS, detectorFor, hostMatchPatterns } from './detectors';
export type { Marketplace, TagForm, TierEstimator } from './marketplace';
// The full registry (profiles, tiers, adapters) is imported from './registry' by the code that needs it,
// so that importing this barrel for page detection does not bundle it.
export { detectPage } from './detect-page';
export { extractProductCards } from './cards/extract';
