/**
 * Spelling variants sellers really type, mapped to one form so the lexicon lists each word once.
 * Only spellings of the same word belong here; synonyms ("rattan" for "rotan") live in the lexicon,
 * where they keep their own meaning. Keys and values are single folded words (see fold.ts).
 * Sources: KBBI for the standard form (kerupuk, keripik, cokelat, sambal); the rest are common
 * marketplace spellings seen in listing titles.
 */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  krupuk: 'kerupuk',
  kripik: 'keripik',
  kripick: 'keripik',
  keripick: 'keripik',
  coklat: 'cokelat',
  choklat: 'cokelat',
  sambel: 'sambal',
  peyek: 'rempeyek',
  grabah: 'gerabah',
  arabica: 'arabika',
  liberica: 'liberika',
  panili: 'vanili',
  vanila: 'vanili',
  vanilla: 'vanili',
  kaus: 'kaos',
  sutera: 'sutra',
  klenceng: 'klanceng',
  kelanceng: 'klanceng',
  lanceng: 'klanceng',
  rattan: 'rotan',
  btk: 'batik',
  jogja: 'yogyakarta',
  jogjakarta: 'yogyakarta',
  yogya: 'yogyakarta',
  yogja: 'yogyakarta',
  djogja: 'yogyakarta',
  jogya: 'yogyakarta',
  solo: 'surakarta',
  sumatra: 'sumatera',
  handphone: 'hp',
  casing: 'case',
};
