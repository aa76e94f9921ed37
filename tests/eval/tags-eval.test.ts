/**
 * Issue 13's acceptance figures on the hand-labelled real titles (labels/tags.json), when
 * ../shared/real-listings is present; skipped, saying so, when it is not.
 */
import { describe, expect, it } from 'vitest';
import { loadRealListings, skipMessage } from './real-listings';
import { scoreTags, TAG_HOLDOUT_LABELS, TAG_LABELS } from './tags-eval';

const listings = loadRealListings();
if (!listings) console.log(skipMessage());

describe.skipIf(!listings)('tag suggester on hand-labelled real titles', () => {
  const score = scoreTags(listings ?? []);

  it('labels at least 220 titles of the random sample, and finds them all', () => {
    expect(Object.values(TAG_LABELS).filter((label) => label.set === 'sample').length).toBeGreaterThanOrEqual(220);
    expect(score.labelled).toBe(Object.keys(TAG_LABELS).length);
  });

  it('keeps precision@5 at 0.85 or more', () => {
    console.log(
      `tags on real titles: precision@5 ${score.precisionAt5.toFixed(3)} over ${score.topTags} tags of ${score.sample} sampled titles`,
    );
    expect(score.precisionAt5).toBeGreaterThanOrEqual(0.85);
  });

  it('gives no local tag to an imported or foreign-brand listing', () => {
    expect(score.importLeaks).toEqual([]);
  });

  it('reads no delivery, negation or brand-name place as an origin', () => {
    expect(score.placesMisread).toEqual([]);
  });

  it('offers at most one programme tag in a top five, and none the labels reject', () => {
    expect(score.maxProgrammesInTop5).toBeLessThanOrEqual(1);
    expect(score.programmesUnaccepted).toBe(0);
  });

  it("never offers hashtags past Shopee's limit of 18", () => {
    expect(score.shopeeOverLimit).toBe(0);
  });

  it('holds on the blind hold-out too: precision@5 ≥ 0.85, no leak, no misread place', () => {
    const holdout = scoreTags(listings ?? [], TAG_HOLDOUT_LABELS);
    console.log(
      `tags on the blind hold-out: precision@5 ${holdout.precisionAt5All.toFixed(3)} over ${holdout.topTagsAll} tags of ${holdout.labelled} titles`,
    );
    expect(holdout.labelled).toBe(Object.keys(TAG_HOLDOUT_LABELS).length);
    expect(holdout.precisionAt5All).toBeGreaterThanOrEqual(0.85);
    expect(holdout.importLeaks).toEqual([]);
    expect(holdout.placesMisread).toEqual([]);
  });
});
