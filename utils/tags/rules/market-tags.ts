/**
 * English tags for buyers abroad: the English name of what is sold ("Arabica Coffee",
 * "Indonesian Batik"), and "Handmade in Indonesia" for a craft the listing shows is made by hand
 * (batik tulis or cap, anyaman, or the seller's own "handmade"). Names that say "Indonesia" need
 * the same local evidence as programme tags.
 */
import type { Analysis, EntryEvidence } from '../analysis/types';
import { reasonsOf, type Candidate } from './candidate';
import { leaves } from './leaves';
import { localEvidence } from './local-evidence';

const MAX_NAMES = 3;
const NAME = 0.45;
const HANDMADE = 0.5;
const SAYS_INDONESIA = /indonesia/i;

export function marketTags(analysis: Analysis): Candidate[] {
  const local = localEvidence(analysis).length > 0;
  // What is sold first (leaves that are products, or techniques of one), then its broader kinds, then the rest.
  const all = [...analysis.entries.values()];
  const isGood = (e: EntryEvidence) => e.entry.kind === 'product' || (e.entry.kind === 'technique' && Boolean(e.entry.parents?.length));
  const ordered = [...leaves(analysis).filter(isGood), ...all.filter((e) => e.entry.kind === 'product'), ...leaves(analysis)];
  const names = new Map<string, Candidate>();
  for (const { entry, mentions } of ordered) {
    if (!entry.en || names.has(entry.en) || names.size >= MAX_NAMES) continue;
    const claimsLocal = SAYS_INDONESIA.test(entry.en);
    if (claimsLocal && !local) continue;
    names.set(entry.en, { label: entry.en, kind: 'market', confidence: NAME, reason: reasonsOf(mentions, 1), claimsLocal });
  }
  return [...names.values(), ...handmade(analysis, local)];
}

function handmade(analysis: Analysis, local: boolean): Candidate[] {
  const evidence = [...analysis.entries.values()];
  const isCraft = evidence.some((e) => e.entry.craft);
  const byHand = [...analysis.handmade, ...evidence.filter((e) => e.direct && e.entry.handmade).flatMap((e) => e.mentions)];
  if (!isCraft || byHand.length === 0 || analysis.printing || !local) return [];
  return [{ label: 'Handmade in Indonesia', kind: 'market', confidence: HANDMADE, reason: reasonsOf(byHand), claimsLocal: true }];
}
