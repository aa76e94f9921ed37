/**
 * The honesty guard: a listing that signals an import ("import", "made in China", "ex internasional",
 * "Guangzhou") gets no programme, GI, origin or other local-claim tag. It uses the quality engine's
 * detector, so the suggester never proposes a tag that the local-claim-conflict finding would flag;
 * foreign source cities, which that detector leaves out, are added from the tag lexicon.
 */
import type { Listing } from '../listing/listing';
import { findImportSignals } from '../quality/detectors/import-signals';
import type { Analysis } from './analysis/types';
import type { Candidate } from './rules/candidate';
import type { TagReason } from './types';

const FIELDS = ['title', 'description', 'category', 'origin'] as const;

/** Every import signal in the listing, as reasons a panel can show. */
export function importSignals(listing: Listing, analysis: Analysis): TagReason[] {
  const detected = FIELDS.flatMap((field) =>
    findImportSignals(listing[field] ?? '').map((signal) => ({ field, text: signal.phrase, start: signal.start, end: signal.end })),
  );
  const cities = analysis.foreignCities.map(({ field, text, start, end }) => ({ field, text, start, end }));
  return [...detected, ...cities];
}

export function withoutLocalClaims(candidates: Candidate[], imports: readonly TagReason[]): Candidate[] {
  return imports.length === 0 ? candidates : candidates.filter((candidate) => !candidate.claimsLocal);
}
