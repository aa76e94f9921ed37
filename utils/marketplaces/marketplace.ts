/**
 * What Rapi knows about one marketplace, as one value: each `utils/marketplaces/<id>/marketplace.ts`
 * exports one, and `registry.ts` lists them. Quality, tags, audit and content code read these
 * facts through the registry instead of branching on a marketplace id.
 */
import type { Finding, MarketplaceTier, RuleContext } from '../quality/types';
import type { CardAdapter } from './cards/types';
import type { EditorAdapter } from './editor/types';
import type { MarketplaceProfile } from './profile-types';
import type { MarketplaceDetector, MarketplaceId } from './types';

/** How a suggested tag is written on the marketplace. */
export interface TagForm {
  /** The marketplace indexes hashtags (#BatikPekalongan); otherwise a tag is a keyword phrase for the title. */
  hashtags: boolean;
  /** Hashtags a listing may carry, when the marketplace publishes a number. */
  hashtagLimit?: number;
}

/** The marketplace's own tier, estimated from the rule context and the findings; null when it publishes none. */
export type TierEstimator = (ctx: RuleContext, findings: readonly Finding[]) => MarketplaceTier | null;

export interface Marketplace<Id extends string = MarketplaceId> {
  id: Id;
  detector: MarketplaceDetector<Id>;
  /** The add/edit-product form adapter; absent where Rapi does not read the form. */
  editor?: EditorAdapter;
  /** Product-card layouts on list pages; absent where Rapi does not read cards. */
  cards?: CardAdapter;
  profile: MarketplaceProfile<Id>;
  tier: TierEstimator;
  tagForm: TagForm;
}
