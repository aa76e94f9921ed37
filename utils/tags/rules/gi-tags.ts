/**
 * Registered Geographical Indications, suggested only when the title or description names both
 * the product and the place (and the variety: "Kopi Robusta Gayo" is not "Kopi Arabika Gayo").
 * Every one carries a check note: using the name needs the right to it, not just the product.
 */
import type { Analysis, Mention } from '../analysis/types';
import { placeId } from '../compile/gazetteer';
import { GEOGRAPHICAL_INDICATIONS } from '../knowledge/geographical-indications';
import { joinReasons, round, type Candidate } from './candidate';

const IN_TITLE = 0.9;
const IN_TEXT = 0.78;
const isText = (m: Mention) => m.field === 'title' || m.field === 'description';
// Stryker disable next-line ArrowFunction,MethodExpression: built once at import, a static mutant Stryker switches on too late here (see ignoreStatic in stryker.config.mjs); pinned by the blend test in gi-tags-evidence.test.ts
const REGISTERED_NAMES = new Set(GEOGRAPHICAL_INDICATIONS.map((gi) => gi.name.toLowerCase()));

export function giTags(analysis: Analysis): Candidate[] {
  return GEOGRAPHICAL_INDICATIONS.flatMap((gi) => {
    if (gi.excludes?.some((id) => analysis.entries.get(id)?.mentions.some(isText))) return [];
    const found = gi.requires.map((group) => requirement(analysis, group));
    if (found.some((m) => m === undefined)) return [];
    const mentions = found as Mention[];
    return [
      {
        label: gi.name,
        kind: 'gi',
        confidence: round(mentions.every((m) => m.field === 'title') ? IN_TITLE : IN_TEXT),
        reason: joinReasons(...mentions.map((m) => [m])),
        requiresCheck: true,
        noteKey: 'tags_gi_check_right',
        claimsLocal: true,
      },
    ];
  });
}

function requirement(analysis: Analysis, group: readonly string[]): Mention | undefined {
  for (const id of group) {
    const found = id.startsWith('place:')
      ? analysis.places.find((p) => p.place.id === placeId(id.slice('place:'.length)))?.mentions[0]
      : id.startsWith('term:')
        ? analysis.terms.get(id)
        : analysis.entries.get(id)?.mentions.find(isText);
    if (found) return found;
  }
  return undefined;
}

/**
 * Drops "Product Place" tags that say what a suggested indication says ("Songket Alor" beside
 * "Tenun Songket Alor", "Kopi Arabika Kintamani" beside "Kopi Arabika Kintamani Bali"): the same
 * registered name without its check note. Broader names stay: "Batik Pekalongan" does not name a sarung.
 */
export function withoutIndicationNames(candidates: Candidate[], analysis: Analysis): Candidate[] {
  const suggested = new Set(candidates.filter((c) => c.kind === 'gi').map((c) => c.label));
  const indications = GEOGRAPHICAL_INDICATIONS.filter((gi) => suggested.has(gi.name));
  const lineage = analysis.index.lineage;
  return candidates.filter(({ naming, kind, label }) => {
    // A registered name is never offered without its check note, even when the indication itself is
    // not suggested: "Kopi Arabika Robusta Gayo" (a blend, so no indication) is still no plain "Kopi Arabika Gayo".
    if (kind !== 'gi' && REGISTERED_NAMES.has(label.toLowerCase())) return false;
    if (!naming) return true;
    // Stryker disable next-line ArrayDeclaration: the index has a lineage for every entry, so the fallback is never read
    const names = lineage.get(naming.entry) ?? new Set([naming.entry]);
    return !indications.some((gi) => {
      // Stryker disable next-line OptionalChaining: no indication has an empty group
      const groups = gi.requires.filter((group) => !group[0]?.includes(':'));
      // Stryker disable next-line MethodExpression: equivalent; an id that is not a place, cut the same way, names no place a tag names
      const places = gi.requires
        .flat()
        .filter((id) => id.startsWith('place:'))
        .map((id) => placeId(id.slice('place:'.length)));
      return places.includes(naming.place) && groups.every((group) => group.some((id) => names.has(id)));
    });
  });
}
