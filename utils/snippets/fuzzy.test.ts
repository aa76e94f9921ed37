/**
 * boundedDistance against a plain, unbounded optimal-string-alignment distance written for the
 * test. Pinned after a mutation run (issue 14): the search tests reached it only through a few
 * words, and 43 of its mutants survived (the swap, the early stop, the buffer growth).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundedDistance, closest, typoAllowance } from './fuzzy';

/** Textbook OSA: insert, delete, substitute, or swap two neighbours, each costing 1. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

const word = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength });

describe('boundedDistance', () => {
  it('is the OSA distance, or max + 1 when that is larger', () => {
    fc.assert(
      fc.property(word(10), word(10), fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(boundedDistance(a, b, max)).toBe(Math.min(osa(a, b), max + 1));
      }),
      { numRuns: 600 },
    );
  });

  it('counts a swap of neighbours as one typo and keeps working past 64 letters', () => {
    expect(boundedDistance('garnasi', 'garansi', 2)).toBe(1);
    expect(boundedDistance('ab', 'ba', 1)).toBe(1);
    expect(boundedDistance('abc', 'abc', 0)).toBe(0);
    expect(boundedDistance('kirim', 'kirimkan', 2)).toBe(3);
    const long = 'pengiriman'.repeat(10);
    expect(boundedDistance(long, `${long.slice(0, 50)}x${long.slice(51)}`, 2)).toBe(1);
    expect(boundedDistance(`${long}ab`, `${long}ba`, 2)).toBe(1);
    expect(boundedDistance(long, long.replace(/i/g, 'e'), 3)).toBe(4);
  });
});

describe('typoAllowance and closest', () => {
  it('allow no typo up to 3 letters, one from 4, two from 7', () => {
    expect([3, 4, 6, 7, 12].map(typoAllowance)).toEqual([0, 1, 1, 2, 2]);
  });

  it('suggest the nearest word within the allowance (at least one typo), or nothing', () => {
    expect(closest('garnsi', ['garansi', 'garam', 'gerai'])).toBe('garansi');
    expect(closest('kirm', ['kirim', 'kirimkan'])).toBe('kirim');
    expect(closest('zzzzz', ['kirim'])).toBeUndefined();
    // Seven letters or more may carry two typos here too.
    expect(closest('garnasy', ['garansi'])).toBe('garansi');
  });
});
