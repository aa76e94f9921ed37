import { describe, expect, it } from 'vitest';
import { charLength, excerpt, formatCount, utf8Length } from './measure';

describe('utf8Length (how a byte-counting form measures a title)', () => {
  it.each([
    ['ASCII is one byte each, up to U+007F', 'Kaos\u007f', 5],
    ['U+0080 is the first two-byte character', '\u0080', 2],
    ['U+07FF is the last two-byte character', '\u07ff', 2],
    ['U+0800 is the first three-byte character', '\u0800', 3],
    ['two three-byte characters in a row are six bytes', '\u0800\u0800', 6],
    ['a lone low surrogate (U+DC00) counts as three bytes, like its replacement character', '\udc00\udc00', 6],
    ['the last character before the surrogates (U+D7FF) is three bytes', '\ud7ff\ud7ff', 6],
    ['a character after the surrogates (U+E000) is three bytes', '\ue000\ue000', 6],
    ['the lowest high surrogate (U+D800) opens a pair', '\ud800\udc00', 4],
    ['an emoji (surrogate pair) is four bytes, not six', '😀', 4],
    ['an emoji at the very start of a longer title is four bytes', '😀 Kaos', 4 + 5],
    ['the highest high surrogate (U+DBFF) still opens a pair', '\udbff\udfff', 4],
    ['a high surrogate left alone at the end counts three bytes', 'Kaos \ud83d', 5 + 3],
    ['two pairs in a row are eight bytes', '😀😀', 8],
    ['a pair with text around it', 'a😀b', 1 + 4 + 1],
  ])('%s', (_, text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });

  it('matches what a UTF-8 encoder gives for well-formed text', () => {
    for (const text of ['Kaos Polos Katun', 'Baju Muslim é ü ñ', 'Kopi ☕ Gayo', '丝巾 Hijab', '😀🎉 Promo 🎁']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it('ignores leading and trailing spaces, as the form trims them', () => {
    expect(utf8Length('  Kaos é  ')).toBe(4 + 1 + 2);
    expect(utf8Length('\n\t😀 ')).toBe(4);
  });
});

describe('charLength', () => {
  it('counts trimmed UTF-16 units, like the form counter', () => {
    expect(charLength('  Kaos  ')).toBe(4);
    expect(charLength('😀')).toBe(2);
  });
});

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [1_250_000, '1.250.000'],
    [1234.6, '1.235'],
    [-1, '-1'],
    [-1_250_000, '-1.250.000'],
    [-0.4, '0'],
  ])('%d reads as %s', (value, shown) => {
    expect(formatCount(value)).toBe(shown);
  });
});

describe('excerpt', () => {
  it('keeps text that fits, flattening runs of whitespace to one space', () => {
    expect(excerpt('  Kaos \n\n  Polos\t\tKatun  ')).toBe('Kaos Polos Katun');
  });

  it('keeps text of exactly the maximum length whole', () => {
    expect(excerpt('a'.repeat(40))).toBe('a'.repeat(40));
    expect(excerpt('abcde', 5)).toBe('abcde');
  });

  it('cuts longer text to the maximum, ending with an ellipsis', () => {
    expect(excerpt('a'.repeat(41))).toBe(`${'a'.repeat(39)}…`);
    expect(excerpt('abcdef', 5)).toBe('abcd…');
  });

  it('measures the flattened text, not the raw one', () => {
    expect(excerpt('ab    cd', 5)).toBe('ab cd');
  });
});
