import { describe, expect, it } from 'vitest';
import { decorativeDigit, normalizeDigits, originalSpan } from './digit-normalize';

describe('normalizeDigits', () => {
  it('turns decorative digits into ASCII ones', () => {
    for (const [text, digits] of [
      ['０８１２', '0812'],
      ['⓪⑧①②', '0812'],
      ['❶❷❸', '123'],
      ['➊➋➌', '123'],
      ['𝟬𝟴𝟭𝟮', '0812'],
      ['𝟘𝟠𝟙𝟚', '0812'],
      ['⁰⁸¹²', '0812'],
      ['₀₈₁₂', '0812'],
      ['٠٨١٢', '0812'],
    ] as const) {
      expect(normalizeDigits(text).text).toBe(digits);
    }
    expect(decorativeDigit('a'.codePointAt(0)!)).toBe('');
  });

  it('writes runs of digit words as spaced digits, and maps them back', () => {
    const text = 'WA kosong lapan, satu dua ya';
    const normalized = normalizeDigits(text);
    expect(normalized.text).toBe('WA 0 8 1 2 ya');
    const start = normalized.text.indexOf('0');
    expect(originalSpan(normalized, start, start + 7)).toEqual({ start: 3, end: 25 });
  });

  it('leaves text without disguised digits as it is, at no cost', () => {
    const normalized = normalizeDigits('Kaos polos 0812 hitam');
    expect(normalized).toEqual({ text: 'Kaos polos 0812 hitam', from: null, to: null });
    expect(normalizeDigits('se-Indonesia').text).toBe('se-Indonesia');
  });
});

/** The maps for the units of the normalised text (the arrays are allocated for the original's length). */
const maps = (text: string) => {
  const normalized = normalizeDigits(text);
  const length = normalized.text.length;
  return {
    text: normalized.text,
    from: Array.from(normalized.from!.subarray(0, length)),
    to: Array.from(normalized.to!.subarray(0, length)),
  };
};

describe('decorativeDigit', () => {
  it('reads the whole block of mathematical digits, and nothing either side of it', () => {
    expect(decorativeDigit(0x1d7ce)).toBe('0'); // 𝟎 bold zero, first of the block
    expect(decorativeDigit(0x1d7ff)).toBe('9'); // 𝟿 monospace nine, last of the block
    expect(decorativeDigit(0x1d7cd)).toBe('');
    expect(decorativeDigit(0x1d800)).toBe('');
  });
});

describe('normalizeDigits: the map back to the original', () => {
  it('keeps other non-ASCII characters, one and two units wide, where they were', () => {
    expect(maps('Café🔥⓪⑧')).toEqual({
      text: 'Café🔥08',
      from: [0, 1, 2, 3, 4, 5, 6, 7],
      to: [1, 2, 3, 4, 5, 6, 7, 8],
    });
    // U+FFFF is the last one-unit character: the circled zero after it is still read.
    expect(maps('x\uffff⓪')).toEqual({ text: 'x\uffff0', from: [0, 1, 2], to: [1, 2, 3] });
  });

  it('maps each digit to its word and each space to the separator before the next word', () => {
    expect(maps('satu, dua')).toEqual({ text: '1 2', from: [0, 5, 6], to: [4, 6, 9] });
    expect(maps('Lima-enam.tujuh')).toEqual({ text: '5 6 7', from: [0, 4, 5, 9, 10], to: [4, 5, 9, 10, 15] });
  });

  it('maps astral decorative digits (two units) to one digit', () => {
    expect(maps('𝟎𝟖 ok')).toEqual({ text: '08 ok', from: [0, 2, 4, 5, 6], to: [2, 4, 5, 6, 7] });
  });

  it('handles texts longer than one chunk of the builder', () => {
    const long = `⓪${'x'.repeat(9000)}⑧`;
    expect(normalizeDigits(long).text).toBe(`0${'x'.repeat(9000)}8`);
  });
});

describe('originalSpan', () => {
  it('returns the span as it is when nothing was rewritten', () => {
    expect(originalSpan(normalizeDigits('Kaos 0812 hitam'), 5, 9)).toEqual({ start: 5, end: 9 });
  });

  it('maps an empty span to a point before the unit at its start, or to the end of the text', () => {
    const normalized = normalizeDigits('kosong lapan'); // "0 8"
    expect(originalSpan(normalized, 0, 0)).toEqual({ start: 0, end: 0 });
    expect(originalSpan(normalized, 2, 2)).toEqual({ start: 7, end: 7 });
    expect(originalSpan(normalized, 3, 3)).toEqual({ start: 12, end: 12 });
  });
});
