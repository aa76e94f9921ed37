/**
 * What shows a product is Indonesian: an Indonesian product type (batik, rendang), an Indonesian
 * place named in the text, or the seller's own words ("produk lokal", "UMKM"). The seller's city
 * alone is not evidence: resellers of imports live in Indonesian cities too.
 */
import type { Analysis, Mention } from '../analysis/types';

export function localEvidence(analysis: Analysis): Mention[] {
  const products = [...analysis.entries.values()].filter((e) => e.direct && e.entry.local).flatMap((e) => e.mentions);
  return [...analysis.localClaims, ...products, ...analysis.places.flatMap((p) => p.mentions)];
}

/** A craft the listing claims as that craft (batik; a printed batik pattern is not batik). */
export function craftEvidence(analysis: Analysis, craft: string): Mention[] {
  return analysis.printedCraft === craft ? [] : (analysis.entries.get(craft)?.mentions ?? []);
}
