import { describe, expect, it } from 'vitest';
import { PROFILES, worstCrossed } from './index';
import { MARKETPLACE_IDS } from '../../marketplaces/types';

describe('marketplace profiles', () => {
  it('exist for every marketplace, under its own id', () => {
    for (const id of MARKETPLACE_IDS) expect(PROFILES[id].id).toBe(id);
  });

  it('have positive limits, minimums below maximums', () => {
    for (const profile of Object.values(PROFILES)) {
      const numbers = [...profile.title.min, ...profile.title.max, ...profile.description.min, ...profile.images.min, profile.hashtags].map(
        (t) => t.value,
      );
      for (const value of numbers) expect(value).toBeGreaterThan(0);
      const longestMin = Math.max(...profile.title.min.map((t) => t.value));
      for (const max of profile.title.max) expect(max.value).toBeGreaterThan(longestMin);
      for (const weight of Object.values(profile.ruleWeights)) expect(weight).toBeGreaterThan(0);
    }
  });

  it('pick the most severe threshold crossed', () => {
    const thresholds = [
      { value: 5, severity: 'warning' as const },
      { value: 1, severity: 'error' as const },
    ];
    expect(worstCrossed(thresholds, (min) => 0 < min)?.severity).toBe('error');
    expect(worstCrossed(thresholds, (min) => 3 < min)?.value).toBe(5);
    expect(worstCrossed(thresholds, (min) => 9 < min)).toBeUndefined();
  });
});
