/**
 * Word folding: how two spellings of a word are judged the same. Listings shout ("VIRAALLL"),
 * drop vowels ("kripik") and mix accents, so matching works on keys, never on the raw text;
 * the raw text is kept only to quote it back to the seller. Written as plain loops: the index folds
 * a few thousand names when a page first needs tags, and regular expressions with Unicode classes
 * and backreferences cost several times more.
 */
import { SPELLING_VARIANTS } from './spelling-variants';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/;
const LETTER = /\p{L}/u;
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c > '\x7f' && LETTER.test(c));

function lowerPlain(raw: string): string {
  const lower = raw.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
}

/** Runs of one letter at least `minRun` long written once; digits are never touched ("1000gr"). */
function collapseRuns(word: string, minRun: number): string {
  let out = '';
  let i = 0;
  // Stryker disable next-line EqualityOperator: one step past the end reads no letter and adds an empty slice
  while (i < word.length) {
    const c = word[i]!;
    let end = i + 1;
    while (end < word.length && word[end] === c) end++;
    out += end - i >= minRun && isLetter(c) ? c : word.slice(i, end);
    i = end;
  }
  return out;
}

/** Lower case without diacritics, letters repeated three or more times written once ("VIRAALLL" → "viraal"). */
export function foldWord(raw: string): string {
  return collapseRuns(lowerPlain(raw), 3);
}

/**
 * Doubled letters written once. Indonesian has few real double letters (saat, Sikka, Soppeng), and
 * a stretched "viraal" or "enakk" is far more common, so both the lexicon and the text are squeezed.
 */
export function squeeze(word: string): string {
  return collapseRuns(word, 2);
}

const VARIANTS = new Map(Object.entries(SPELLING_VARIANTS).map(([from, to]) => [squeeze(from), squeeze(to)]));

/** The matching key of one word: folded, squeezed and spelt the standard way ("Krupuk" → "kerupuk"). */
export function normalizeWord(raw: string): string {
  const key = collapseRuns(lowerPlain(raw), 2);
  return VARIANTS.get(key) ?? key;
}

/** normalizeWord with a memory, for building the index: its names repeat "Kab", "Barat", "Kepulauan" hundreds of times. */
export function memoizedNormalizeWord(): (raw: string) => string {
  const memo = new Map<string, string>();
  return (raw) => {
    let key = memo.get(raw);
    if (key === undefined) memo.set(raw, (key = normalizeWord(raw)));
    return key;
  };
}
