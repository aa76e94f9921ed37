/** Product, material and technique tags: what the listing names, and the broader kinds it implies. */
import type { Analysis } from '../analysis/types';
import { round, reasonsOf, strength, type Candidate } from './candidate';

/** A broader kind only implied by a specific one ("Kopi" from "Kopi Arabika") is a weaker tag. */
const IMPLIED = 0.75;
/** A material describes the product; the product is the tag buyers search first. */
const MATERIAL = 0.92;

export function productTags(analysis: Analysis): Candidate[] {
  return [...analysis.entries.values()].map(({ entry, mentions, direct }) => ({
    label: entry.label,
    kind: entry.kind,
    confidence: round(strength(mentions) * (direct ? 1 : IMPLIED) * (entry.kind === 'material' ? MATERIAL : 1)),
    reason: reasonsOf(mentions),
  }));
}
