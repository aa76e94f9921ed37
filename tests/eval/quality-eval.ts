import type { RealListing } from './real-listings';

/** Filled in by the quality-trust work (issue 12). */
export function printQualityEval(listings: RealListing[]): void {
  console.log(`quality: ${listings.length} real listings (evaluation not written yet)`);
}
