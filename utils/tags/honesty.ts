/**
 * The honesty guard: a listing that signals an import ("import", "made in China", "ex internasional",
 * "Guangzhou") or sells a foreign brand (Samsung, Starbucks, Lao Gan Ma) gets no programme, GI,
 * origin or other local-claim tag. Import words come from the quality engine's detector, so the
 * suggester never proposes a tag that the local-claim-conflict finding would flag; foreign source
 * cities, which that detector leaves out, come from the tag lexicon, and brands from utils/brands.
 * A brand named as what the product fits ("Case HP untuk iPhone") is not the listing's brand.
 */
import { foreignBrandOf } from '../brands/find-brands';
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
  const brand = foreignBrandOf(listing.title);
  const brands: TagReason[] = brand
    ? [{ field: 'title', text: brand.text, start: brand.start, end: brand.end, signal: 'foreign-brand' }]
    : [];
  return [...detected, ...cities, ...brands];
}

export function withoutLocalClaims(candidates: Candidate[], imports: readonly TagReason[]): Candidate[] {
  return imports.length === 0 ? candidates : candidates.filter((candidate) => !candidate.claimsLocal);
}
