import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps offsets into the original text, whatever the key', () => {
    const text = 'KRIPIK  Tempé, khas MALANG!!';
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.raw);
    expect(tokenize(text).map((t) => t.key)).toEqual(['keripik', 'tempe', 'khas', 'malang']);
  });

  it('reads "oleh2" as "oleh oleh", both pointing at the written word', () => {
    const [a, b] = tokenize('oleh2 khas');
    expect([a?.key, b?.key]).toEqual(['oleh', 'oleh']);
    expect([a?.start, a?.end, b?.start, b?.end]).toEqual([0, 5, 0, 5]);
  });

  it('splits camel-case hashtags into words', () => {
    const tokens = tokenize('#BatikPekalongan asli');
    expect(tokens.map((t) => t.raw)).toEqual(['Batik', 'Pekalongan', 'asli']);
    expect(tokens[1]).toMatchObject({ start: 6, end: 16 });
  });

  it('does not split camel case outside hashtags', () => {
    expect(tokenize('iPhone').map((t) => t.raw)).toEqual(['iPhone']);
  });
});
