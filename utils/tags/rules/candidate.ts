/** A tag before ranking and insert forms, and the helpers every rule uses to score and explain it. */
import type { Mention } from '../analysis/types';
import type { ReasonField, TagReason, TagSuggestion } from '../types';

export interface Candidate extends Omit<TagSuggestion, 'insert'> {
  /** Says or implies the product is Indonesian: withheld when the listing signals an import. */
  claimsLocal?: boolean;
  /** A fixed hashtag (campaigns), used on every marketplace. */
  hashtag?: string;
  /** A "Product Place" tag: which entry and place it names. */
  naming?: { entry: string; place: string };
}

/** Where a word stands says how much the seller means it: the title is the listing's own claim. */
// Stryker disable next-line ObjectLiteral: built once at import, a static mutant Stryker switches on too late here (see ignoreStatic in stryker.config.mjs); pinned by candidate.test.ts (strength)
export const FIELD_WEIGHT: Record<ReasonField, number> = { title: 0.9, description: 0.7, category: 0.65, origin: 0.5 };
// Stryker disable next-line all: built once at import, a static mutant Stryker switches on too late here (see ignoreStatic in stryker.config.mjs); pinned by candidate.test.ts (reasonsOf)
const FIELD_ORDER: readonly ReasonField[] = ['title', 'description', 'category', 'origin'];

/** The best field's weight, a little more when title and description agree. */
export function strength(mentions: readonly Mention[]): number {
  const fields = new Set(mentions.map((m) => m.field));
  const best = Math.max(0, ...[...fields].map((field) => FIELD_WEIGHT[field]));
  return Math.min(0.95, best + (fields.has('title') && fields.has('description') ? 0.05 : 0));
}

/** The first mention in each field, title first, at most `max`, as spans of the seller's own words. */
export function reasonsOf(mentions: readonly Mention[], max = 2): TagReason[] {
  const reasons: TagReason[] = [];
  for (const field of FIELD_ORDER) {
    const first = mentions.filter((m) => m.field === field).sort((a, b) => a.start - b.start)[0];
    if (first && reasons.length < max) reasons.push({ field, text: first.text, start: first.start, end: first.end });
  }
  return reasons;
}

/** Reasons from several pieces of evidence, one each, without repeating a span. */
export function joinReasons(...groups: readonly (readonly Mention[])[]): TagReason[] {
  const seen = new Set<string>();
  return groups
    .flatMap((group) => reasonsOf(group, 1))
    .filter((reason) => {
      const key = `${reason.field}:${reason.start}:${reason.end}`;
      return !seen.has(key) && seen.add(key);
    });
}

// Stryker disable next-line ArrowFunction: built once at import, a static mutant Stryker switches on too late here (see ignoreStatic in stryker.config.mjs); pinned by candidate.test.ts (round)
export const round = (value: number) => Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
