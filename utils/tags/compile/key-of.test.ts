import { describe, expect, it } from 'vitest';
import { createKeyOf } from './key-of';

// A small vocabulary, as buildIndex makes one: "kuning" (yellow) and "kuningan" (brass) are both
// words, and Kuningan is also a regency; "malang" is a place word only.
const vocabulary = new Set(['tas', 'anyam', 'tenun', 'kerupuk', 'kuning', 'kuningan', 'malang', 'kop', 'rajin', 'kerajinan']);
const placeWords = new Set(['kuningan', 'malang']);
const keyOf = () => createKeyOf(vocabulary, placeWords);

describe('createKeyOf', () => {
  it('finds the root of a word the vocabulary knows only without its affixes', () => {
    const key = keyOf();
    expect(key('Tasnya')).toBe('tas');
    expect(key('dianyam')).toBe('anyam');
    expect(key('MENENUN')).toBe('tenun');
  });

  it('gives the root in its standard spelling ("krupuknya" → kerupuk)', () => {
    expect(keyOf()('krupuknya')).toBe('kerupuk');
  });

  it('keeps a word the vocabulary knows whole ("kerajinan" is not rajin)', () => {
    expect(keyOf()('Kerajinan')).toBe('kerajinan');
  });

  it('never stems a place name, nor to a place name', () => {
    const key = keyOf();
    // Kuningan the regency stays Kuningan, not the colour kuning.
    expect(key('Kuningan')).toBe('kuningan');
    // "Malangan" (a mask style) is not Malang.
    expect(key('Malangan')).toBe('malangan');
    // A place word the vocabulary does not know is not cut either.
    expect(createKeyOf(new Set(['kuning']), placeWords)('kuningan')).toBe('kuningan');
  });

  it('stems words of five letters or more, never shorter ones ("kopi" is not kop+i)', () => {
    const key = keyOf();
    expect(key('tasku')).toBe('tas');
    expect(key('kopi')).toBe('kopi');
  });

  it('leaves a word alone when no root is known', () => {
    expect(keyOf()('Rendangnya')).toBe('rendangnya');
  });

  it('gives the same key the second time', () => {
    const key = keyOf();
    expect(key('Tasnya')).toBe('tas');
    expect(key('Tasnya')).toBe('tas');
  });
});
