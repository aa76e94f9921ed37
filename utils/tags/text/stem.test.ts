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

  it.each([
    // meng- before a vowel or a dropped k: mengukir (ukir), mengemas (kemas).
    ['mengemas', 'kemas'],
    // meng- before g keeps the g: menggoreng (goreng).
    ['menggoreng', 'goreng'],
    // mem- before a vowel is a dropped p: memakai (pakai).
    ['memakai', 'pakai'],
    // men- before a consonant keeps it: menjahit, and the same for pe-: penjahit (a tailor).
    ['menjahit', 'jahit'],
    ['penjahit', 'jahit'],
    // me-/pe- before l, r, w, y add nothing: melukis, pelukis, perajut.
    ['melukis', 'lukis'],
    ['pelukis', 'lukis'],
    ['perajut', 'rajut'],
    // ber-, ter-, per- come off whole: bersulam, terbuat, pertenunan.
    ['bersulam', 'sulam'],
    ['terbuat', 'buat'],
    ['pertenunan', 'tenunan'],
    // be-/te- before a root that starts with r: berasa (rasa), terajut (rajut).
    ['berasa', 'rasa'],
    ['terajut', 'rajut'],
    // ke-…-an around a root, after a possessive: kerajinannya (rajin).
    ['kerajinannya', 'rajin'],
    // Particles, then possessives, come off before the root: kopinyalah, tenunkah, anyampun, tasmu.
    ['kopinyalah', 'kopi'],
    ['tenunkah', 'tenun'],
    ['sulamtah', 'sulam'],
    ['anyampun', 'anyam'],
    ['tasmu', 'tas'],
    // -i after a root: diwarnai (warna).
    ['diwarnai', 'warna'],
  ])('%s → %s (only the root is known)', (word, root) => expect(stem(word, known(root))).toBe(root));

  it('does not read pe- before other consonants as a prefix ("Pekalongan" is not pe+kalong+an)', () => {
    expect(stem('pekalongan', known('kalong'))).toBeUndefined();
    expect(affixCandidates('pekalongan')).toEqual(['pekalongan', 'pekalong']);
  });

  it('reads ber- and ter- only at the start of a word ("seterika" has no prefix)', () => {
    expect(affixCandidates('seterika')).toEqual(['seterika']);
  });

  it('reads ke-…-an only around the whole word ("perkeretaapian" is per+kereta api+an, not ke-…-an)', () => {
    expect(affixCandidates('perkeretaapian')).not.toContain('retaapi');
    expect(affixCandidates('kesenian')).toContain('seni');
  });

  it('reads an assimilated sound only before a vowel ("menjahit" is men+jahit, not me+tjahit)', () => {
    expect(affixCandidates('menjahit')).toEqual(['menjahit', 'jahit']);
    expect(affixCandidates('membatik')).toEqual(['membatik', 'batik']);
    expect(affixCandidates('menggoreng')).toEqual(['menggoreng', 'goreng']);
  });

  it('leaves at least three letters when cutting a suffix ("kuku" is not ku+ku)', () => {
    expect(affixCandidates('kuku')).toEqual(['kuku']);
  });

  it('lists the least changed candidate first', () => {
    expect(affixCandidates('tenunannya').slice(0, 3)).toEqual(['tenunannya', 'tenunan', 'tenun']);
  });
});
