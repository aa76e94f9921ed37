import { describe, expect, it } from 'vitest';
import { hasPlacePrefix, isOlehOleh, originPatternBefore } from './origin-patterns';
import { tokenize } from './tokenize';

/** The origin words before the last word of `text`, which stands for the place. */
const before = (text: string) => {
  const keys = tokenize(text).map((token) => token.key);
  return originPatternBefore(keys, keys.length - 1);
};

describe('originPatternBefore', () => {
  it.each([
    ['keripik khas Bandung', ['khas']],
    ['dodol asli Garut', ['asli']],
    ['batik dari Pekalongan', ['dari']],
    ['mebel produksi Jepara', ['produksi']],
    ['madu buatan Sumbawa', ['buatan']],
    ['kopi single origin Gayo', ['origin']],
    ['keripik asli dari Malang', ['asli', 'dari']],
    ['keripik khas kota Malang', ['khas']],
  ])('%s', (text, triggers) => expect(before(text)?.triggers).toEqual(triggers));

  it('reads oleh-oleh in every spelling', () => {
    for (const text of ['oleh-oleh Malang', 'oleh2 khas Malang', 'Oleh Oleh khas Malang']) expect(isOlehOleh(before(text))).toBe(true);
    expect(isOlehOleh(before('khas Malang'))).toBe(false);
    expect(isOlehOleh(before('keripik tempe Malang'))).toBe(false);
  });

  it('finds nothing without an origin word', () => {
    expect(before('keripik tempe Malang')).toBeUndefined();
  });

  it('says where the origin words start, past the fillers and every origin word before the place', () => {
    const keys = tokenize('Dodol Oleh Oleh Khas Kota Garut').map((token) => token.key);
    expect(originPatternBefore(keys, 5)).toEqual({ from: 1, triggers: ['oleh oleh', 'khas'] });
    // The origin words may open the title.
    expect(originPatternBefore(['asli', 'garut'], 1)).toEqual({ from: 0, triggers: ['asli'] });
    // A place that opens the title, or comes after fillers only, has none.
    expect(originPatternBefore(['garut'], 0)).toBeUndefined();
    expect(originPatternBefore(['kota', 'garut'], 1)).toBeUndefined();
  });
});

describe('hasPlacePrefix', () => {
  const prefixes = new Set(['kab', 'kota']);

  it('reads "Kota Batu" and "Kab. Kuningan" as places: the word right before the name is a place prefix', () => {
    expect(hasPlacePrefix(['apel', 'kota', 'batu'], 2, prefixes)).toBe(true);
    expect(hasPlacePrefix(['kab', 'kuningan'], 1, prefixes)).toBe(true);
  });

  it('needs the prefix right before the name, not after it or further back', () => {
    expect(hasPlacePrefix(['batu', 'kota'], 0, prefixes)).toBe(false);
    expect(hasPlacePrefix(['kota', 'apel', 'batu'], 2, prefixes)).toBe(false);
    expect(hasPlacePrefix(['cincin', 'batu'], 1, prefixes)).toBe(false);
  });
});
