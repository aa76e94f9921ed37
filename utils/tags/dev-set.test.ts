import { describe, expect, it } from 'vitest';
import { DEV_SET, HOLDOUT_SET, scoreDevSet, type DevListing } from '../../tests/fixtures/tags/score';
import { suggestTags } from './index';
import type { TagSuggestion } from './types';

/** Tags that say or imply the product is Indonesian: never on an imported listing. */
const claimsLocal = (tag: TagSuggestion) => ['program', 'gi', 'origin'].includes(tag.kind) || /indonesia/i.test(tag.label);

describe.each([
  ['development set', DEV_SET],
  ['held-out set', HOLDOUT_SET],
] as const)('tag suggester on the %s', (name, listings: readonly DevListing[]) => {
  const score = scoreDevSet((listing) => suggestTags(listing, { limit: 100 }), listings);

  it('ranks well: precision@5 ≥ 0.8, recall ≥ 0.7', () => {
    const imported = listings.filter((l) => l.imported).length;
    console.log(
      `tags ${name}: ${listings.length} listings (${imported} imported), precision@5 ${score.precisionAt5.toFixed(3)}, recall ${score.recall.toFixed(3)}`,
    );
    expect(score.precisionAt5).toBeGreaterThanOrEqual(0.8);
    expect(score.recall).toBeGreaterThanOrEqual(0.7);
  });

  it('never gives a tag a listing must not get', () => {
    const wrong = score.listings
      .filter((s) => s.forbidden.length)
      .map((s) => `${s.listing.id} ${s.listing.title}: ${s.forbidden.join(', ')}`);
    expect(wrong).toEqual([]);
  });

  it('gives imported listings no programme or local-claim tag', () => {
    const imported = score.listings.filter((s) => s.listing.imported);
    const wrong = imported.flatMap((s) => s.suggestions.filter(claimsLocal).map((t) => `${s.listing.id}: ${t.label}`));
    expect(wrong).toEqual([]);
  });

  it("quotes the seller's own words in every reason", () => {
    for (const { listing, suggestions } of score.listings) {
      for (const reason of suggestions.flatMap((s) => s.reason)) {
        expect(listing[reason.field]?.slice(reason.start, reason.end)).toBe(reason.text);
      }
    }
  });
});

describe('development set', () => {
  it('is large and varied enough to mean something', () => {
    expect(DEV_SET.length).toBeGreaterThanOrEqual(150);
    expect(DEV_SET.filter((l) => l.imported).length).toBeGreaterThanOrEqual(25);
    expect(new Set(DEV_SET.map((l) => l.marketplace)).size).toBe(5);
    expect(new Set([...DEV_SET, ...HOLDOUT_SET].map((l) => l.id)).size).toBe(DEV_SET.length + HOLDOUT_SET.length);
  });
});
