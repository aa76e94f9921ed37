import { describe, expect, it } from 'vitest';
import { isOlehOleh, originPatternBefore } from './origin-patterns';
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
  });

  it('finds nothing without an origin word', () => {
    expect(before('keripik tempe Malang')).toBeUndefined();
  });
});
