/**
 * One tag per label, best first. A GI outranks a plain tag with the same words, so a registered
 * name is never offered without its check note.
 */
import type { Candidate } from './rules/candidate';
import type { TagKind } from './types';

// Stryker disable next-line all: built once at import, a static mutant Stryker switches on too late here (see ignoreStatic in stryker.config.mjs); pinned by the order test in rank.test.ts
const KIND_ORDER: readonly TagKind[] = ['gi', 'origin', 'technique', 'product', 'material', 'market', 'program'];
// Stryker disable next-line MethodExpression: folding the Latin-letter labels to upper case keys them the same
const labelKey = (label: string) => label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export function rank(candidates: Candidate[]): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = labelKey(candidate.label);
    const known = best.get(key);
    if (!known || better(candidate, known)) best.set(key, candidate);
  }
  return [...best.values()].sort(
    (a, b) => b.confidence - a.confidence || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label),
  );
}

function better(a: Candidate, b: Candidate): boolean {
  if ((a.kind === 'gi') !== (b.kind === 'gi')) return a.kind === 'gi';
  return a.confidence > b.confidence;
}
