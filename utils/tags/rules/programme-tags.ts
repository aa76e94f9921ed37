/**
 * Local-product programme tags, for listings that show they are local (see local-evidence.ts) or
 * whose seller says so in Rapi's settings. #UMKM says who the seller is, so it needs the listing's
 * own words for that (UMKM, P-IRT, home industry) or the seller's settings: never a product name.
 */
import type { Analysis } from '../analysis/types';
import type { MarketplaceId } from '../../marketplaces/types';
import { PROGRAMMES } from '../knowledge/programmes';
import type { SellerProfile } from '../types';
import { reasonsOf, type Candidate } from './candidate';
import { craftEvidence, localEvidence } from './local-evidence';

/** A programme the listing names in its own words ("produk lokal", "P-IRT" for UMKM) is the one to offer first. */
const OWN_WORDS = 0.1;
// Stryker disable next-line ArrowFunction: built once at import, a static mutant Stryker switches on too late here (see ignoreStatic in stryker.config.mjs); pinned by programme-tags.test.ts (own words however written)
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

export function programmeTags(analysis: Analysis, marketplace: MarketplaceId, seller: SellerProfile = {}): Candidate[] {
  const evidence = localEvidence(analysis);
  if (evidence.length === 0 && !seller.localProducer && !seller.umkm) return [];
  const smallBusiness = analysis.smallBusiness;
  return PROGRAMMES.filter(
    (p) =>
      (!p.marketplaces || p.marketplaces.includes(marketplace)) &&
      (!p.onlyFor || craftEvidence(analysis, p.onlyFor).length > 0) &&
      (!p.smallBusiness || smallBusiness.length > 0 || seller.umkm),
  ).map((p) => {
    const own = p.onlyFor ? craftEvidence(analysis, p.onlyFor) : p.smallBusiness && smallBusiness.length > 0 ? smallBusiness : evidence;
    const named =
      // The filter above keeps a small-business programme only with the words or the setting: always true here.
      // Stryker disable next-line ConditionalExpression,EqualityOperator: see the line above
      (p.smallBusiness && (smallBusiness.length > 0 || seller.umkm)) ||
      analysis.localClaims.some((m) => squash(m.text) === squash(p.label));
    return {
      label: p.label,
      kind: 'program',
      confidence: Math.round((p.confidence + (named ? OWN_WORDS + (p.smallBusiness ? 0.15 : 0) : 0)) * 100) / 100,
      // With only the settings to go on there are no words to quote: the settings are the reason.
      reason: reasonsOf(own),
      hashtag: p.hashtag,
      claimsLocal: true,
      ...(p.curated && { noteKey: 'tags_program_curated' as const }),
    };
  });
}
