/** Local-product programme tags, for listings that show they are local (see local-evidence.ts). */
import type { Analysis } from '../analysis/types';
import type { MarketplaceId } from '../../marketplaces/types';
import { PROGRAMMES } from '../knowledge/programmes';
import { reasonsOf, type Candidate } from './candidate';
import { batikEvidence, localEvidence } from './local-evidence';

export function programmeTags(analysis: Analysis, marketplace: MarketplaceId): Candidate[] {
  const evidence = localEvidence(analysis);
  if (evidence.length === 0) return [];
  const batik = batikEvidence(analysis);
  return PROGRAMMES.filter((p) => (!p.marketplaces || p.marketplaces.includes(marketplace)) && (!p.batikOnly || batik.length > 0)).map((p) => ({
    label: p.label,
    kind: 'program',
    confidence: p.confidence,
    reason: reasonsOf(p.batikOnly ? batik : evidence),
    hashtag: p.hashtag,
    claimsLocal: true,
    ...(p.curated && { noteKey: 'tags_program_curated' as const }),
  }));
}
