import { describe, expect, it } from 'vitest';
import { distribution, mean, median, summarise, topIssues } from './summarise';
import { result } from '../../tests/support/test-audits';

describe('summary statistics', () => {
  it('takes the middle score of an odd count and the mean of the middle two of an even one', () => {
    expect(median([90, 10, 50])).toBe(50);
    expect(median([90, 10, 50, 60])).toBe(55);
    expect(median([71, 72])).toBe(71.5);
    expect(median([42])).toBe(42);
    expect(median([])).toBeNull();
  });

  it('rounds the mean to a tenth and has none for no products', () => {
    expect(mean([100, 100, 99])).toBe(99.7);
    expect(mean([])).toBeNull();
  });

  it('puts each score in one bucket, the edges included', () => {
    const buckets = distribution([0, 19, 20, 39, 40, 59, 60, 79, 80, 100, 100]);
    expect(buckets).toEqual([
      { min: 0, max: 19, count: 2 },
      { min: 20, max: 39, count: 2 },
      { min: 40, max: 59, count: 2 },
      { min: 60, max: 79, count: 2 },
      { min: 80, max: 100, count: 3 },
    ]);
  });

  it('counts products per issue, not findings, most affected first', () => {
    const products = [
      result('a', 70, { rules: ['title-all-caps', 'title-promo-words'] }),
      result('b', 80, { rules: ['title-promo-words'], importSignals: true }),
      result('c', 90, { rules: ['title-promo-words'], missingLocal: true }),
      result('d', 60, { rules: ['title-too-short', 'title-all-caps'], importSignals: true }),
    ];
    // Ties keep the rule list's order, the shop-level issues after the rules.
    expect(topIssues(products)).toEqual([
      { issue: 'title-promo-words', products: 3 },
      { issue: 'title-all-caps', products: 2 },
      { issue: 'import-signal', products: 2 },
      { issue: 'title-too-short', products: 1 },
      { issue: 'local-tag-missing', products: 1 },
    ]);
  });
});

describe('summarise', () => {
  it('sums up the shop: grades, shares, best and worst five, ads', () => {
    const scores = [100, 95, 40, 88, 12, 60, 100, 73, 55, 30, 100];
    const products = scores.map((score, i) =>
      result(`p${i}`, score, {
        localTags: i % 2 ? ['Batik Pekalongan'] : [],
        importSignals: i === 4,
        card: { title: `P${i}`, isAd: i < 3 },
      }),
    );
    const summary = summarise(products, 13);
    expect(summary).toMatchObject({ count: 11, cardsOnPage: 13, medianScore: 73, meanScore: 68.5, adCount: 3 });
    expect(summary.grades).toEqual({ A: 5, B: 1, C: 2, D: 1, E: 2 });
    expect(summary.localTagShare).toBeCloseTo(5 / 11, 3);
    expect(summary.importSignalShare).toBeCloseTo(1 / 11, 3);
    // Ties keep page order: the three 100s in the order they were shown.
    expect(summary.best).toEqual(['p0', 'p6', 'p10', 'p1', 'p3']);
    expect(summary.worst).toEqual(['p4', 'p9', 'p2', 'p8', 'p5']);
  });

  it('never lists one product among both the weakest and the best', () => {
    for (const count of [1, 2, 3, 6, 9, 10]) {
      const products = Array.from({ length: count }, (_, i) => result(`p${i}`, 100 - i * 7));
      const { best, worst } = summarise(products, count);
      expect(best.filter((key) => worst.includes(key))).toEqual([]);
      expect(worst.length).toBe(Math.min(5, Math.ceil(count / 2)));
      expect(best.length).toBe(Math.min(5, count - worst.length));
    }
    // Three products: two to fix, the best one to copy.
    const three = summarise([result('a', 90), result('b', 40), result('c', 70)], 3);
    expect(three).toMatchObject({ worst: ['b', 'c'], best: ['a'] });
    // All equal: still split, never repeated.
    const same = summarise([result('a', 80), result('b', 80), result('c', 80), result('d', 80)], 4);
    expect(same).toMatchObject({ worst: ['a', 'b'], best: ['c', 'd'] });
  });

  it('has no averages and zero shares for a page without products', () => {
    expect(summarise([], 0)).toMatchObject({
      count: 0,
      meanScore: null,
      medianScore: null,
      localTagShare: 0,
      importSignalShare: 0,
      best: [],
      worst: [],
      topIssues: [],
    });
  });
});
