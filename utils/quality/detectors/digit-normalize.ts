/**
 * Turns the ways sellers disguise digits into plain ASCII digits before the phone
 * scanner reads them, keeping a map back to the original text so spans stay true:
 * - decorative Unicode digits: full-width, circled (①, ⓪, ❶, ➀, ➊), parenthesised (⑴),
 *   with a full stop (⒈), superscript and subscript, mathematical bold / double-struck /
 *   sans-serif / monospace (𝟎 𝟘 𝟢 𝟬 𝟶), Arabic-Indic;
 * - digits written as words, including colloquial ones: "nol/kosong", "satu/se", "dua",
 *   "lapan" for delapan ("kosong lapan satu dua…", "#Nol-813…"); a run of such words
 *   becomes single digits separated by spaces.
 * One pass over the text plus one regular-expression pass for the words: linear.
 */
export interface NormalizedText {
  text: string;
  /** For each UTF-16 unit of `text`, where it starts and ends in the original; null when nothing was rewritten. */
  from: Int32Array | null;
  to: Int32Array | null;
}

/** Runs of code points that stand for 0–9, as [first code point, value of the first]. */
const DIGIT_RANGES: readonly (readonly [number, number, number])[] = [
  // [first, last, digit of first]
  [0xff10, 0xff19, 0], // full-width
  [0x2460, 0x2468, 1], // ① – ⑨
  [0x2474, 0x247c, 1], // ⑴ – ⑼
  [0x2488, 0x2490, 1], // ⒈ – ⒐
  [0x2776, 0x277e, 1], // ❶ – ❾
  [0x2780, 0x2788, 1], // ➀ – ➈
  [0x278a, 0x2792, 1], // ➊ – ➒
  [0x2080, 0x2089, 0], // subscript
  [0x2074, 0x2079, 4], // superscript 4–9
  [0x0660, 0x0669, 0], // Arabic-Indic
  [0x06f0, 0x06f9, 0], // Extended Arabic-Indic
];
const SINGLE_DIGITS: ReadonlyMap<number, number> = new Map([
  [0x24ea, 0], // ⓪
  [0x24ff, 0], // ⓿
  [0x1f100, 0], // 🄀
  [0x2070, 0], // ⁰
  [0x00b9, 1], // ¹
  [0x00b2, 2], // ²
  [0x00b3, 3], // ³
]);
const MATH_DIGITS_FIRST = 0x1d7ce;
const MATH_DIGITS_LAST = 0x1d7ff;

export function decorativeDigit(codePoint: number): string {
  if (codePoint >= MATH_DIGITS_FIRST && codePoint <= MATH_DIGITS_LAST) return String((codePoint - MATH_DIGITS_FIRST) % 10);
  const single = SINGLE_DIGITS.get(codePoint);
  if (single !== undefined) return String(single);
  for (const [first, last, value] of DIGIT_RANGES) {
    if (codePoint >= first && codePoint <= last) return String(codePoint - first + value);
  }
  return '';
}

const WORD_DIGITS: Readonly<Record<string, string>> = {
  nol: '0',
  kosong: '0',
  satu: '1',
  se: '1',
  dua: '2',
  tiga: '3',
  empat: '4',
  lima: '5',
  enam: '6',
  tujuh: '7',
  delapan: '8',
  lapan: '8',
  sembilan: '9',
};
const WORD = 'nol|kosong|satu|dua|tiga|empat|lima|enam|tujuh|delapan|lapan|sembilan|se';
// A run of digit words; "se" only counts inside a run ("kosong lapan se dua"), never alone.
const WORD_RUN = new RegExp(`(?<![\\p{L}])(?:${WORD})(?:[\\s,.-]{1,3}(?:${WORD}))*(?![\\p{L}])`, 'giu');
const WORD_IN_RUN = new RegExp(`${WORD}`, 'giy');

/** Characters that can stand for a digit: ASCII-only text without digit words needs no work. */
const MAYBE_DECORATIVE =
  /[\u00b2\u00b3\u00b9\u0660-\u0669\u06f0-\u06f9\u2070-\u2089\u2460-\u24ff\u2776-\u2793\uff10-\uff19]|\ud835[\udfce-\udfff]|\ud83c\udd00/;

class Builder {
  private readonly codes: number[] = [];
  readonly from: Int32Array;
  readonly to: Int32Array;
  length = 0;

  constructor(capacity: number) {
    // Never longer than the original: every rewrite replaces one or more units with one.
    this.from = new Int32Array(capacity);
    this.to = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    this.codes.push(code);
    this.from[this.length] = start;
    this.to[this.length] = end;
    this.length++;
  }

  text(): string {
    let out = '';
    // Stryker disable next-line EqualityOperator: one more, empty, chunk adds nothing.
    for (let i = 0; i < this.codes.length; i += 8192) out += String.fromCharCode(...this.codes.slice(i, i + 8192));
    return out;
  }
}

/** Copies `text[start, end)`, turning decorative digits into ASCII ones. */
function copyPlain(out: Builder, text: string, start: number, end: number): void {
  for (let i = start; i < end; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out.push(code, i, i + 1);
      i++;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const digit = decorativeDigit(codePoint);
    if (digit) out.push(digit.charCodeAt(0), i, i + width);
    else for (let k = 0; k < width; k++) out.push(text.charCodeAt(i + k), i + k, i + k + 1);
    i += width;
  }
}

const SPACE = 32;

/** Writes a run of digit words as digits separated by single spaces. */
function copyWords(out: Builder, text: string, start: number, end: number): void {
  let pos = start;
  let first = true;
  // Stryker disable next-line EqualityOperator: no word starts at `end` (WORD_RUN ends before a non-letter).
  while (pos < end) {
    WORD_IN_RUN.lastIndex = pos;
    const word = WORD_IN_RUN.exec(text);
    if (!word) {
      // A separator between two words (at most three, by WORD_RUN).
      pos++;
      continue;
    }
    if (!first) out.push(SPACE, pos - 1, pos);
    out.push(WORD_DIGITS[word[0].toLowerCase()]!.charCodeAt(0), word.index, word.index + word[0].length);
    first = false;
    pos = word.index + word[0].length;
  }
}

export function normalizeDigits(text: string): NormalizedText {
  WORD_RUN.lastIndex = 0;
  if (!MAYBE_DECORATIVE.test(text) && !WORD_RUN.test(text)) return { text, from: null, to: null };
  WORD_RUN.lastIndex = 0;
  const out = new Builder(text.length);
  let pos = 0;
  for (const run of text.matchAll(WORD_RUN)) {
    // A lone "se" is a prefix or a word ("se-Indonesia"), not a digit.
    if (run[0].toLowerCase() === 'se') continue;
    copyPlain(out, text, pos, run.index);
    copyWords(out, text, run.index, run.index + run[0].length);
    pos = run.index + run[0].length;
  }
  copyPlain(out, text, pos, text.length);
  return { text: out.text(), from: out.from, to: out.to };
}

/** The original span of a span of the normalised text. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const { from, to } = normalized;
  // Stryker disable next-line LogicalOperator: the two maps are both set or both null.
  if (!from || !to) return { start, end };
  if (end > start) return { start: from[start]!, end: to[end - 1]! };
  // An empty span sits before the unit at `start`, or after the last one (the maps are longer than the
  // text, so reading past its end gave 0). Maps exist only for a rewritten, so non-empty, text.
  const last = normalized.text.length - 1;
  const at = start <= last ? from[start]! : to[last]!;
  return { start: at, end: at };
}
