import { describe, expect, it } from 'vitest';
import { foldWord, memoizedNormalizeWord, normalizeWord, squeeze } from './fold';

describe('normalizeWord', () => {
  it.each([
    ['VIRAALLL', 'viral'],
    ['Krupuk', 'kerupuk'],
    ['KRIPIK', 'keripik'],
    ['coklat', 'cokelat'],
    ['Jogja', 'yogyakarta'],
    ['Yogya', 'yogyakarta'],
    ['Solo', 'surakarta'],
    ['sambel', 'sambal'],
    ['Arabica', 'arabika'],
    ['btk', 'batik'],
    ['Gayó', 'gayo'],
    ['dodool', 'dodol'],
  ])('%s → %s', (raw, key) => expect(normalizeWord(raw)).toBe(key));

  it('gives the same key to the lexicon spelling and the stretched one', () => {
    expect(normalizeWord('Sikka')).toBe(normalizeWord('SIKAAA'));
  });
});

describe('foldWord and squeeze', () => {
  it('keeps real double letters when folding, drops them only when squeezing', () => {
    expect(foldWord('Saat')).toBe('saat');
    expect(foldWord('MANTAPPP')).toBe('mantap');
    expect(squeeze('saat')).toBe('sat');
  });

  it('removes diacritics without changing the length of plain words', () => {
    expect(foldWord('Café')).toBe('cafe');
    // A word of accented letters only is folded too.
    expect(foldWord('ÉÉÉ')).toBe('e');
  });

  it('never shortens digits or punctuation, only letters ("1000gr", "!!!")', () => {
    expect(foldWord('1000gr')).toBe('1000gr');
    expect(normalizeWord('1000gr')).toBe('1000gr');
    expect(squeeze('2x100ml')).toBe('2x100ml');
    expect(foldWord('★★★')).toBe('★★★');
    expect(normalizeWord('!!')).toBe('!!');
  });

  it('shortens a stretched letter at either end of the alphabet, and letters beyond plain ASCII', () => {
    expect(foldWord('AAAPIK')).toBe('apik');
    expect(foldWord('JAZZZ')).toBe('jaz');
    expect(foldWord('ØØØ')).toBe('ø');
    expect(squeeze('ßß')).toBe('ß');
  });
});

describe('memoizedNormalizeWord', () => {
  it('gives the same keys as normalizeWord, the first time and again', () => {
    const key = memoizedNormalizeWord();
    for (const word of ['Krupuk', 'Krupuk', 'Kab', 'VIRAALLL', 'Kab']) expect(key(word)).toBe(normalizeWord(word));
  });
});
