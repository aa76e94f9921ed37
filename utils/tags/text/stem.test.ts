import { describe, expect, it } from 'vitest';
import { affixCandidates, stem } from './stem';

const known =
  (...words: string[]) =>
  (candidate: string) =>
    words.includes(candidate);
const LEXICON = known(
  'anyam',
  'tenun',
  'batik',
  'ukir',
  'tas',
  'sulam',
  'tenunan',
  'kopi',
  'keramik',
  'kerupuk',
  'keripik',
  'pala',
  'rajin',
  'jahit',
);

describe('stem (dictionary-confirmed)', () => {
  it.each([
    ['dianyam', 'anyam'],
    ['menenun', 'tenun'],
    ['membatik', 'batik'],
    ['mengukir', 'ukir'],
    ['menyulam', 'sulam'],
    ['tasnya', 'tas'],
    ['tenunannya', 'tenunan'],
    ['kopinya', 'kopi'],
    ['dijahitkan', 'jahit'],
    ['kerajinan', 'rajin'],
  ])('%s → %s', (word, root) => expect(stem(word, LEXICON)).toBe(root));

  it('never strips inside a known product word', () => {
    for (const word of ['keramik', 'kerupuk', 'keripik', 'batik', 'tenun']) expect(stem(word, LEXICON)).toBe(word);
  });

  it('leaves a word alone when no stripped form is known', () => {
    expect(stem('pekalongan', LEXICON)).toBeUndefined();
    expect(stem('dijual', LEXICON)).toBeUndefined();
  });

  it('does not read ke- alone as a prefix ("kepala" is not ke+pala)', () => {
    expect(stem('kepala', LEXICON)).toBeUndefined();
  });

  it('does not trust a three-letter root after a prefix ("dicap" stays)', () => {
    expect(affixCandidates('dicap')).not.toContain('cap');
  });

  it('lists the least changed candidate first', () => {
    expect(affixCandidates('tenunannya').slice(0, 3)).toEqual(['tenunannya', 'tenunan', 'tenun']);
  });
});
