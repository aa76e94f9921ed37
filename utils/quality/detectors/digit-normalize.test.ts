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
