import { describe, expect, it } from 'vitest';
import { foldWord, normalizeWord, squeeze } from './fold';

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
  });
});
