import { describe, expect, it } from 'vitest';
import { findPhrases, tidyRemoval, withoutOverlaps } from './spans';

/** The text left after removing `phrase` (its first occurrence) the tidy way. */
const remove = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  const { start: from, end: to } = tidyRemoval(text, { start, end: start + phrase.length });
  return text.slice(0, from) + text.slice(to);
};

describe('findPhrases', () => {
  it('gives each match as a span of the text, and skips empty matches', () => {
    expect(findPhrases('Kaos PROMO, celana promo', /promo/gi)).toEqual([
      { start: 5, end: 10, phrase: 'PROMO' },
      { start: 19, end: 24, phrase: 'promo' },
    ]);
    expect(findPhrases('Kaos polos', /x*/g)).toEqual([]);
  });
});

describe('tidyRemoval', () => {
  it('takes the spaces after a phrase inside the text', () => {
    expect(remove('Kaos Termurah Polos', 'Termurah')).toBe('Kaos Polos');
  });

  it('takes the brackets around a phrase, but not a bracket on one side only', () => {
    expect(remove('Kaos (Termurah) Polos', 'Termurah')).toBe('Kaos Polos');
    expect(remove('Kaos [Termurah] Polos', 'Termurah')).toBe('Kaos Polos');
    expect(remove('Kaos (Termurah Polos', 'Termurah')).toBe('Kaos (Polos');
  });

  it('takes the joiners before a phrase at the end, and after one at the start', () => {
    expect(remove('Kaos Polos - Termurah', 'Termurah')).toBe('Kaos Polos');
    expect(remove('Kaos Polos | Termurah  ', 'Termurah')).toBe('Kaos Polos');
    expect(remove('Termurah - Kaos Polos', 'Termurah')).toBe('Kaos Polos');
    expect(remove('  Termurah, Kaos Polos', 'Termurah')).toBe('Kaos Polos');
  });

  it('takes the space before a phrase that ends a sentence, so no space is left before the stop', () => {
    expect(remove('Cek juga toko kami di Tokopedia.', 'Tokopedia')).toBe('Cek juga toko kami di.');
    expect(remove('Ada di Tokopedia, juga di sini', 'Tokopedia')).toBe('Ada di, juga di sini');
  });
});

describe('withoutOverlaps', () => {
  it('keeps the first span where two overlap, and the longer of two that start together', () => {
    expect(
      withoutOverlaps([
        { start: 4, end: 9 },
        { start: 0, end: 6 },
      ]),
    ).toEqual([{ start: 0, end: 6 }]);
    expect(
      withoutOverlaps([
        { start: 0, end: 3 },
        { start: 0, end: 8 },
      ]),
    ).toEqual([{ start: 0, end: 8 }]);
    expect(
      withoutOverlaps([
        { start: 0, end: 8 },
        { start: 0, end: 3 },
      ]),
    ).toEqual([{ start: 0, end: 8 }]);
  });

  it('keeps spans that only touch', () => {
    expect(
      withoutOverlaps([
        { start: 3, end: 5 },
        { start: 0, end: 3 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 3, end: 5 },
    ]);
  });
});
