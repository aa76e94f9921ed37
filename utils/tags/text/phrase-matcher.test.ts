import { describe, expect, it } from 'vitest';
import { createPhraseMatcher } from './phrase-matcher';

describe('phrase matcher', () => {
  const matcher = createPhraseMatcher<string>();
  matcher.add(['batik'], 'batik');
  matcher.add(['batik', 'tulis'], 'batik tulis');
  matcher.add(['kopi', 'arabika', 'gayo'], 'gi');

  it('finds every phrase at every position, longest first', () => {
    expect(matcher.match(['kain', 'batik', 'tulis']).map((h) => [h.from, h.to, h.value])).toEqual([
      [1, 3, 'batik tulis'],
      [1, 2, 'batik'],
    ]);
  });

  it('needs the whole phrase', () => {
    expect(matcher.match(['kopi', 'arabika'])).toEqual([]);
    expect(matcher.match(['kopi', 'arabika', 'gayo'])).toHaveLength(1);
  });

  it('keeps finding phrases added after a match', () => {
    matcher.add(['batik', 'tulis', 'lasem'], 'lasem');
    expect(matcher.match(['batik', 'tulis', 'lasem'])[0]?.value).toBe('lasem');
  });
});
