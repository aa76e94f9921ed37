/**
 * Brand names written to look like a famous brand without being it: digits or
 * look-alike letters for letters (0PP0, lNFINX, VIVQ, S4MSUNG), one letter changed,
 * added or dropped (Realmi, Xiomi), or two letters swapped (SANSUMG). Clone sellers
 * use them so that searches for the brand find the clone while the listing never
 * names the brand (sources in `../cloned-brands.ts`).
 *
 * Precision first: a correctly written brand, a model number or an ordinary word one
 * letter away from a brand must not fire ("Vivo" is not "Viva", "Canon" not "Cannon").
 * - A trick (a digit among letters, Q for O, l for i) is never a typing slip: a word equal
 *   to a brand once such letters are folded counts for every brand of four letters or more.
 * - A plain one-letter difference counts only for brands of six letters or more that
 *   are not ordinary words, keeps the first letter and is not a plural; a misspelling next
 *   to the right spelling ("TOSHIBA TOSIBA") is search bait, and still reported.
 *
 * Linear: one pass over the words; each word costs a few map look-ups (deletion
 * index, as in SymSpell), never a comparison with every brand.
 */
import { CLONED_BRANDS, NOT_LOOKALIKES, WORD_BRANDS } from '../cloned-brands';

export interface LookalikeMatch {
  start: number;
  end: number;
  phrase: string;
  brand: string;
  /** Written with a digit or look-alike letter: deliberate, not a typing slip. */
  trick: boolean;
}

const CONFUSABLE: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  l: 'i',
  '2': 'z',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '9': 'g',
  q: 'o',
};
/** Both sides folded the same way: "0PP0" and "oppo" meet at "oppo", "lNFINX" and "infinix" at "infinx"/"infinix". */
const fold = (lower: string) => lower.replace(/[0-9lq]/g, (c) => CONFUSABLE[c]!);

const ALL_BRANDS = [...new Set(Object.values(CLONED_BRANDS).flat())];
const BRANDS = new Set(ALL_BRANDS);
const WORDS = new Set([...WORD_BRANDS]);
const EXCLUDED = new Set(NOT_LOOKALIKES);
const MIN_BRAND = 4;
const MIN_NEAR_BRAND = 6;
/** Dropping or adding a letter is a plain look-alike only for long brands ("Samsng"); on six letters it hits words ("bases"). */
const MIN_INDEL_BRAND = 7;

/** Folded spelling → brand. */
const BY_FOLD = new Map(ALL_BRANDS.filter((brand) => brand.length >= MIN_BRAND).map((brand) => [fold(brand), brand]));

/** Spelling with one letter deleted (and itself) → brands: two words one edit apart share an entry (SymSpell's index). */
function deletionIndex(spell: (brand: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (key: string, brand: string) => {
    const list = index.get(key) ?? [];
    if (!list.includes(brand)) list.push(brand);
    index.set(key, list);
  };
  for (const brand of ALL_BRANDS) {
    if (brand.length < MIN_NEAR_BRAND || WORDS.has(brand)) continue;
    const spelled = spell(brand);
    add(spelled, brand);
    for (let i = 0; i < spelled.length; i++) add(spelled.slice(0, i) + spelled.slice(i + 1), brand);
    add(sortLetters(spelled), brand);
  }
  return index;
}
const sortLetters = (text: string) => `~${[...text].sort().join('')}`;
const PLAIN = deletionIndex((brand) => brand);
const FOLDED = deletionIndex(fold);

/** A letter changed, two letters exchanged, or one letter added or dropped (the matcher treats those two alike). */
type Edit = 'substitution' | 'swap' | 'indel';
const SAME_SOUND = new Set(['iy', 'yi', 'ck', 'kc']);

/** How `word` differs from `brand` when it is one edit (or one exchange of two letters) away; the first letter never changes. */
function oneEdit(word: string, brand: string): Edit | undefined {
  if (word[0] !== brand[0]) return undefined;
  if (word.length === brand.length) {
    const diff: number[] = [];
    // Stryker disable next-line EqualityOperator,ConditionalExpression: `diff.length <= 2` only stops early; past the end both letters are undefined
    for (let i = 0; i < word.length && diff.length <= 2; i++) if (word[i] !== brand[i]) diff.push(i);
    // i/y and c/k are the same sound in Indonesian spelling ("Politron", "Panasonik"): a spelling, not a disguise.
    if (diff.length === 1) return SAME_SOUND.has(`${word[diff[0]!]}${brand[diff[0]!]}`) ? undefined : 'substitution';
    const [a, b] = diff;
    return diff.length === 2 && word[a!] === brand[b!] && word[b!] === brand[a!] ? 'swap' : undefined;
  }
  const [long, short] = word.length > brand.length ? [word, brand] : [brand, word];
  if (long.length - short.length !== 1) return undefined;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.slice(i + 1) !== short.slice(i)) return undefined;
  return 'indel';
}

function candidates(index: Map<string, string[]>, word: string): string[] {
  const keys = [word, sortLetters(word)];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return [...new Set(keys.flatMap((key) => index.get(key) ?? []))];
}

/** A plain misspelling: changed or swapped letters; a dropped or added letter only on long brands ("Samsng", "Kingstone"). */
function plainNear(lower: string): string | undefined {
  return candidates(PLAIN, lower).find((brand) => {
    const edit = oneEdit(lower, brand);
    if (!edit || lower === `${brand}s` || `${lower}s` === brand) return false;
    if (edit === 'substitution' || edit === 'swap') return true;
    if (brand.length < MIN_INDEL_BRAND) return false;
    return true;
  });
}

/** With a trick, any one edit after folding counts: "lNFINX" is "infinix" with a letter dropped. */
function trickNear(folded: string): string | undefined {
  return candidates(FOLDED, folded).find((brand) => oneEdit(folded, fold(brand)) !== undefined);
}

function hasTrick(word: string, lower: string): boolean {
  if (/\d/.test(word) || /q(?!u)/.test(lower)) return true;
  // "lNFINX": a lower-case l standing for a capital I among capitals; "SamsIng": the reverse.
  const rest = word.replace(/l/g, '');
  if (word.includes('l') && /[A-Z].*[A-Z]/.test(rest) && rest === rest.toUpperCase()) return true;
  const tail = word.slice(1).replace(/I/g, '');
  return word.slice(1).includes('I') && /[a-z]/.test(tail) && tail === tail.toLowerCase();
}

// Letters and digits; a word longer than any brand plus one is a code or a glued phrase.
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_WORD = 16;

/**
 * Cheap pre-check: some indexed brand starts with this (folded) first letter and has a length
 * one off at most. Most words of a title fail it and cost nothing more.
 */
const SHAPES = new Set<string>();
for (const brand of ALL_BRANDS) {
  if (brand.length < MIN_BRAND) continue;
  for (const spelled of [brand, fold(brand)]) for (const delta of [-1, 0, 1]) SHAPES.add(`${spelled[0]}${spelled.length + delta}`);
}

type Verdict = { brand: string; trick: boolean } | null;

function judge(word: string, lower: string): Verdict {
  if (BRANDS.has(lower) || EXCLUDED.has(lower) || !/^[a-z0-9]+$/.test(lower)) return null;
  const folded = fold(lower);
  // Stryker disable next-line ConditionalExpression,BooleanLiteral,StringLiteral: a shortcut; a word of no brand's shape matches none below either
  if (!SHAPES.has(`${lower[0]}${lower.length}`) && !SHAPES.has(`${folded[0]}${lower.length}`)) return null;
  // A number is no brand, even one whose digits spell one ("715507").
  if (lower.replace(/\d/g, '').length < 2) return null;
  const exact = BY_FOLD.get(folded);
  // Equal once folded but written differently ("Nlke", "0PP0"; `lower` is no brand, checked above): only a look-alike letter or digit differs.
  if (exact) return { brand: exact, trick: true };
  // Stryker disable next-line ConditionalExpression: a shortcut; a shorter word is no one edit from any indexed brand (six letters or more)
  if (word.length < MIN_NEAR_BRAND - 1) return null;
  const trick = hasTrick(word, lower);
  const near = trick ? trickNear(folded) : plainNear(lower);
  return near ? { brand: near, trick } : null;
}

/** Brands too short to judge alone, recognised with their product line: "0n Cloud" is On's Cloud shoe. */
const SHORT_BRAND_LINES: readonly { pattern: RegExp; brand: string }[] = [{ pattern: /\b0n(?=\s{1,2}cloud)/gi, brand: 'on' }];

export function findLookalikeBrands(text: string): LookalikeMatch[] {
  const words: { start: number; word: string; lower: string }[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a shortcut; judge() finds no brand in such a word either
    if (word.length < MIN_BRAND || word.length > MAX_WORD) continue;
    words.push({ start: match.index, word, lower: word.toLowerCase() });
  }
  // A long text repeats its words: judge each spelling once.
  const verdicts = new Map<string, Verdict>();
  const out: LookalikeMatch[] = [];
  for (const { start, word, lower } of words) {
    let verdict = verdicts.get(word);
    // Stryker disable next-line ConditionalExpression: a cache; judging the word again gives the same verdict
    if (verdict === undefined) {
      verdict = judge(word, lower);
      verdicts.set(word, verdict);
    }
    if (!verdict) continue;
    out.push({ start, end: start + word.length, phrase: word, brand: verdict.brand, trick: verdict.trick });
  }
  for (const { pattern, brand } of SHORT_BRAND_LINES) {
    for (const match of text.matchAll(pattern))
      out.push({ start: match.index, end: match.index + match[0].length, phrase: match[0], brand, trick: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The text names one of the cloned brands correctly ("iPhone 15 clone"). */
export function namesClonedBrand(text: string): boolean {
  for (const match of text.matchAll(WORD)) if (BRANDS.has(match[0].toLowerCase())) return true;
  return false;
}
