/**
 * The scores match-word.ts promises for each way a query word can stand for a word of the
 * collection. Pinned after a mutation run (issue 14): the palette's search tests only checked
 * which snippet comes first, so most of these could change unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { matchWord } from './match-word';
import { createSearchIndex } from './search-index';

const index = createSearchIndex([
  {
    id: 'a',
    title: 'Pengiriman',
    body: 'kirim pengiriman dikirim garansi garansinya perawatan keramik keranjang batik batiknya ukuran 2024 x12',
    tags: [],
    useCount: 0,
  },
]);

const matches = (word: string) =>
  Object.fromEntries([...matchWord(index, word)].map(([token, score]) => [token, Math.round(score * 1000) / 1000]));

describe('matchWord', () => {
  it('scores the word itself 1 and the same root 0.95', () => {
    expect(matches('garansi')).toEqual({ garansi: 1, garansinya: 0.95 });
    expect(matches('kirim')).toEqual({ kirim: 1, dikirim: 0.95, pengiriman: 0.95 });
  });

  it('scores the start of a longer word 0.7-0.9, higher the more of it is typed', () => {
    expect(matches('garan')).toEqual({ garansi: 0.843, garansinya: 0.8 });
    expect(matches('ker')).toEqual({ keramik: 0.786, keranjang: 0.767 });
    expect(matches('x1')).toEqual({ x12: 0.833 });
  });

  it('scores one typo 0.75, two typos 0.6, and reaches the root of the word it was mistaken for at 0.55', () => {
    expect(matches('keramk')).toEqual({ keramik: 0.75 });
    expect(matches('gransi')).toEqual({ garansi: 0.75, garansinya: 0.55 });
    expect(matches('pengirman')).toEqual({ pengiriman: 0.75, dikirim: 0.55, kirim: 0.55 });
    expect(matches('perawtn')).toEqual({ perawatan: 0.6 });
  });

  it('scores a typo in the start of a longer word 0.5', () => {
    expect(matches('kerxm')).toEqual({ keramik: 0.5 });
    expect(matches('perxwat')).toEqual({ perawatan: 0.5 });
  });

  it('allows no typo in a word with digits (x13 is not x12), nor two typos in a word under seven letters (grnsi)', () => {
    expect(matches('x13')).toEqual({});
    expect(matches('kir')).toEqual({ kirim: 0.82 });
    expect(matches('grnsi')).toEqual({});
  });

  it('answers a repeated word from its cache with the same scores', () => {
    expect(matchWord(index, 'batk')).toBe(matchWord(index, 'batk'));
    expect(matches('batk')).toEqual({ batik: 0.75, batiknya: 0.55 });
  });
});
