import { describe, expect, it } from 'vitest';
import { isNegated } from './negation';

const negated = (text: string, phrase: string) => isNegated(text, text.indexOf(phrase));

describe('isNegated', () => {
  it('reads denials in the same sentence', () => {
    expect(negated('Dijamin original, bukan KW', 'KW')).toBe(true);
    expect(negated('Barang ori, bukan replika atau super copy', 'super copy')).toBe(true);
    expect(negated('Produk ini tidak untuk menyembuhkan penyakit', 'menyembuhkan')).toBe(true);
    expect(negated('Sepatu no KW', 'KW')).toBe(true);
  });

  it('does not carry a denial past the end of a sentence, or read "No Box" as one', () => {
    expect(negated('Bukan barang bekas. Sepatu KW super', 'KW')).toBe(false);
    expect(negated('Sepatu Nike No Box KW Super', 'KW')).toBe(false);
    expect(negated('Krim wajah terbaik', 'terbaik')).toBe(false);
  });
});
