/** The most specific things a listing sells: "Kopi Arabika", not also "Kopi". */
import type { Analysis, EntryEvidence } from '../analysis/types';

export function leaves(analysis: Analysis): EntryEvidence[] {
  // Stryker disable next-line MethodExpression: equivalent; an entry not named itself is an ancestor of one that is, which drops it below
  const direct = [...analysis.entries.values()].filter((e) => e.direct);
  const lineage = analysis.index.lineage;
  // Stryker disable next-line OptionalChaining: equivalent; the index has a lineage for every entry
  return direct.filter((e) => !direct.some((other) => other !== e && lineage.get(other.entry.id)?.has(e.entry.id)));
}

/**
 * A technique stands for its product in a name: batik tulis → Batik ("Batik Pekalongan"). An
 * technique without one names itself ("Jumputan Palembang", "Bordir Tasikmalaya"); a printed pattern names nothing.
 */
export function productOf(evidence: EntryEvidence, analysis: Analysis): EntryEvidence | undefined {
  if (evidence.entry.kind !== 'technique') return evidence;
  const parent = evidence.entry.parents?.[0];
  const entry = parent === undefined ? undefined : analysis.index.entries.get(parent);
  if (entry?.kind === 'product') return { entry, mentions: evidence.mentions, direct: true };
  return evidence.entry.id === 'batik-printing' ? undefined : evidence;
}
