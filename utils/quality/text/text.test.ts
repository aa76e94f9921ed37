import { describe, expect, it } from 'vitest';
import { tidyRemoval, withoutOverlaps } from './spans';
import { toTitleCase } from './title-case';
import { breakIntoLines } from './sentences';
import { charLength, excerpt, formatCount, utf8Length } from './measure';

const remove = (text: string, start: number, end: number) => {
  const span = tidyRemoval(text, { start, end });
  return text.slice(0, span.start) + text.slice(span.end);
};

describe('text helpers', () => {
  it('remove a span without leaving double spaces, brackets or dangling joiners', () => {
    expect(remove('Kaos PROMO Polos', 5, 10)).toBe('Kaos Polos');
    expect(remove('Kaos [PROMO] Polos', 6, 11)).toBe('Kaos Polos');
    expect(remove('Kaos Polos - Termurah', 13, 21)).toBe('Kaos Polos');
    expect(remove('PROMO | Kaos Polos', 0, 5)).toBe('Kaos Polos');
  });

  it('keep the first of overlapping spans', () => {
    expect(
      withoutOverlaps([
        { start: 5, end: 9 },
        { start: 0, end: 6 },
        { start: 9, end: 10 },
      ]),
    ).toEqual([
      { start: 0, end: 6 },
      { start: 9, end: 10 },
    ]);
  });

  it('title-case capitals but keep codes, acronyms and connectors', () => {
    expect(toTitleCase('SEPATU LARI PRIA DAN WANITA 42 USB')).toBe('Sepatu Lari Pria dan Wanita 42 USB');
  });

  it('break a block into sentences but not after abbreviations', () => {
    expect(breakIntoLines('Kaos adem. Dikirim dari Kab. Pekalongan. Harga Rp. 50.000! Cepat.')).toBe(
      'Kaos adem.\nDikirim dari Kab. Pekalongan.\nHarga Rp. 50.000!\nCepat.',
    );
  });

  it('measure like the forms do', () => {
    expect(charLength('  Kaos  ')).toBe(4);
    expect(utf8Length('aé€😀')).toBe(1 + 2 + 3 + 4);
    expect(formatCount(1_250_000)).toBe('1.250.000');
    expect(excerpt('a'.repeat(100))).toHaveLength(40);
  });
});
