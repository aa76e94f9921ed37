/**
 * Repeating search words, piling up synonyms or naming other products to catch more searches:
 * Shopee blocks names whose keywords do not match the product and its naming guideline forbids
 * redundant keywords and brand spamming (marketplaces.md §3.1). That is a warning.
 *
 * What is NOT stuffing (real listings, marketplaces.md "Corrections"): spec lists ("RAM 8/128GB |
 * 5000mAh | NFC"), lists of compatible devices ("for iPhone 13 14 15, Samsung"), variants listed
 * with their sizes ("susun 3 susun 4 susun 5"), the variant Tokopedia appends ("… - MX Keys Mini"),
 * and reduplication ("laki-laki", "kupu kupu"). So numbers and words next to numbers are not
 * counted, words after "for/untuk/compatible" are not counted, and the Tokopedia suffix is cut.
 * A single noun said three times ("Kaos Polos Kaos Distro Kaos Murah") is often stuffing but as
 * often a list of variants, so on its own it is a tip; the warning needs stronger evidence.
 */
import type { Finding, Rule, Severity } from '../types';
import { makeFinding } from '../finding';
import { findPhrases, type PhraseMatch } from '../text/spans';
import { sellerTitle, TITLE_READ_LIMIT } from '../text/seller-title';

const STOPWORDS = new Set([
  'dan',
  'atau',
  'untuk',
  'dengan',
  'yang',
  'isi',
  'per',
  'pcs',
  'the',
  'and',
  'for',
  'with',
  'di',
  'ke',
  'dari',
  'of',
  'in',
  'to',
  'by',
  'new',
  'plus',
]);
/** After these words come the devices or models the product fits, which are not keywords. */
const COMPATIBILITY = new Set(['for', 'untuk', 'compatible', 'kompatibel', 'support', 'fit', 'cocok', 'buat']);
/** Brand families: "Redmi" and "Xiaomi" are one brand. */
const BRANDS: Record<string, string> = Object.fromEntries([
  ['samsung', 'Samsung'],
  ['iphone', 'Apple'],
  ['apple', 'Apple'],
  ['xiaomi', 'Xiaomi'],
  ['redmi', 'Xiaomi'],
  ['poco', 'Xiaomi'],
  ['oppo', 'Oppo'],
  ['vivo', 'Vivo'],
  ['realme', 'Realme'],
  ['infinix', 'Infinix'],
  ['huawei', 'Huawei'],
  ['asus', 'Asus'],
  ['nokia', 'Nokia'],
  ['sony', 'Sony'],
  ['lenovo', 'Lenovo'],
  ['nike', 'Nike'],
  ['adidas', 'Adidas'],
  ['puma', 'Puma'],
  ['converse', 'Converse'],
  ['vans', 'Vans'],
  ['gucci', 'Gucci'],
  ['zara', 'Zara'],
  ['uniqlo', 'Uniqlo'],
  ['levis', "Levi's"],
  ['wardah', 'Wardah'],
  ['emina', 'Emina'],
  ['maybelline', 'Maybelline'],
  ['loreal', "L'Oréal"],
  ['skintific', 'Skintific'],
]);
/**
 * Names for one thing that sellers pile up for search ("HDD/ Hardisk/ Harddisk External/ Hard Drive").
 * Two are common and harmless (Indonesian and English); three or more (four for sweaters) is stuffing. Spellings with a
 * space are matched as one name.
 */
const SYNONYM_GROUPS: readonly { names: readonly string[]; min: number }[] = [
  { names: ['hdd', 'hardisk', 'harddisk', 'hard disk', 'hard drive', 'harddrive', 'hardrive'], min: 3 },
  {
    names: [
      'flashdisk',
      'flash disk',
      'flasdisk',
      'flesdisk',
      'flesdis',
      'flasdis',
      'flash drive',
      'flashdrive',
      'flasdrive',
      'flash memory',
    ],
    min: 3,
  },
  { names: ['sunscreen', 'sun screen', 'sunscren', 'sunblock', 'sun block', 'tabir surya'], min: 3 },
  // A hoodie is also a sweater and buyers search both, so three of these is common: four is the pile-up.
  { names: ['sweater', 'hoodie', 'hodie', 'jumper', 'outerwear', 'sweatshirt'], min: 4 },
  { names: ['moisturizer', 'moisturiser', 'moisturize', 'moisturizing', 'pelembab'], min: 3 },
  { names: ['facial wash', 'face wash', 'facewash', 'sabun cuci muka', 'sabun wajah', 'cleanser', 'facial foam'], min: 3 },
];
const SYNONYM_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SYNONYM_GROUPS.flatMap((g) => g.names)
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/ /g, '\\s*'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);
/** "Not C11", "Bukan A13", "Not Zephyrus G14": naming other models to appear in their searches. */
// A model is a code of letters and digits ("A15", "G14") or a capitalised name and a number ("Legion 5").
// Spelled without the i flag so that \p{Lu} keeps meaning a capital.
const OTHER_MODEL =
  /(?<![\p{L}\p{N}])(?:[Nn][Oo][Tt]|[Bb][Uu][Kk][Aa][Nn])\s+(?:(?:\p{L}+\s+)?(?=[\p{L}\p{N}-]*\p{L})(?=[\p{L}\p{N}-]*\p{N})[\p{L}\p{N}-]+|\p{Lu}\p{L}+\s+\p{N}+)/gu;

/** Words that together repeat this many times beyond their first use is a warning. */
const MIN_EXCESS = 4;
const MIN_BRANDS = 3;

interface Word extends PhraseMatch {
  key: string;
  /** Glued from two or more other words of the title: a shop handle or hashtag. */
  handle?: boolean;
}

/**
 * Letter-only words that count as keywords: no numbers, nothing next to a number, nothing after
 * "for", nothing in brackets (where sellers list variants: "(paket glow …) (paket acne …)").
 */
export function keywords(title: string): Word[] {
  const tokens = findPhrases(title, /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu);
  const bracketed = findPhrases(title, /\([^()]*\)/g);
  const out: Word[] = [];
  let compatibility = false;
  tokens.forEach((token, i) => {
    const key = token.phrase.toLowerCase().replace(/['’]s$/, '');
    if (COMPATIBILITY.has(key)) compatibility = true;
    if (compatibility || !/^\p{L}+$/u.test(key) || key.length < 3 || STOPWORDS.has(key)) return;
    if (bracketed.some((b) => b.start < token.start && token.end < b.end)) return;
    const nextToNumber = [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && /\p{N}/u.test(t.phrase));
    if (nextToNumber) return;
    out.push({ ...token, key });
  });
  return withHandles(out);
}

/**
 * A shop handle or hashtag glued from title words ("DAVIENASKINCAREOFFICIAL") repeats them:
 * each keyword of 5+ letters found inside a longer token counts as another use of it.
 */
function withHandles(words: readonly Word[]): Word[] {
  const known = new Set(words.map((w) => w.key).filter((key) => key.length >= 5));
  const out: Word[] = [];
  for (const word of words) {
    const inside = word.key.length >= 10 ? [...known].filter((key) => key !== word.key && word.key.includes(key)) : [];
    if (inside.length === 0) out.push(word);
    else for (const key of inside) out.push({ ...word, key, handle: inside.length >= 2 });
  }
  return out;
}

/** Occurrences per word, reduplication ("kupu kupu") counted once. */
function repeats(words: readonly Word[]): Map<string, Word[]> {
  const seen = new Map<string, Word[]>();
  words.forEach((word, i) => {
    if (i > 0 && words[i - 1]!.key === word.key && words[i - 1]!.end + 1 >= word.start) return;
    const list = seen.get(word.key);
    if (list) list.push(word);
    else seen.set(word.key, [word]);
  });
  return seen;
}

/** The first run of `n` consecutive keywords that occurs again later, without overlapping. */
function repeatedRun(words: readonly Word[], n: number): Word[] | null {
  const first = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words
      .slice(i, i + n)
      .map((w) => w.key)
      .join(' ');
    const at = first.get(key);
    if (at === undefined) first.set(key, i);
    else if (at + n <= i) return words.slice(i, i + n);
  }
  return null;
}

function repetition(words: readonly Word[]): Finding | null {
  const lists = [...repeats(words).values()].filter((list) => list.length >= 2).sort((a, b) => b.length - a.length);
  const excess = lists.reduce((sum, list) => sum + list.length - 1, 0);
  const phrase = repeatedRun(words, 3);
  const top = lists[0];
  let severity: Severity | null = null;
  if (excess >= MIN_EXCESS || phrase || words.some((w) => w.handle)) severity = 'warning';
  else if ((top && top.length >= 3) || excess >= MIN_EXCESS - 1 || repeatedRun(words, 2)) severity = 'tip';
  // Without a repeated phrase there must be a repeated word to show: one reduplicated word said
  // twice ("Kupu Kupu Kupu Kupu") is a repeated pair of raw words but repeats no keyword.
  if (!severity || !(phrase || top)) return null;
  if (phrase && !(top && top.length >= 3)) {
    const text = phrase.map((w) => w.phrase).join(' ');
    return makeFinding('title-keyword-stuffing', severity, 'title', [text, 2], { span: { start: phrase[0]!.start, end: phrase[2]!.end } });
  }
  const shown = top!;
  return makeFinding('title-keyword-stuffing', severity, 'title', [shown[0]!.phrase, shown.length], { span: shown[shown.length - 1]! });
}

function synonyms(title: string): Finding | null {
  const matches = findPhrases(title, SYNONYM_PATTERN);
  for (const group of SYNONYM_GROUPS) {
    const names = new Map<string, PhraseMatch>();
    for (const match of matches) {
      const key = match.phrase.toLowerCase().replace(/\s+/g, ' ');
      if (group.names.includes(key) && !names.has(key)) names.set(key, match);
    }
    if (names.size >= group.min) {
      const found = [...names.values()];
      const span = { start: found[0]!.start, end: found[found.length - 1]!.end };
      return makeFinding('title-keyword-stuffing', 'warning', 'title', [found.map((m) => m.phrase).join(', ')], {
        span,
        messageKey: 'rule_title_keyword_stuffing_synonyms',
      });
    }
  }
  return null;
}

function otherModel(title: string): Finding | null {
  const match = findPhrases(title, OTHER_MODEL)[0];
  return match
    ? makeFinding('title-keyword-stuffing', 'warning', 'title', [match.phrase], {
        span: match,
        messageKey: 'rule_title_keyword_stuffing_other_model',
      })
    : null;
}

function manyBrands(words: readonly Word[]): Finding | null {
  const brands = new Map<string, PhraseMatch>();
  for (const word of words) {
    const brand = BRANDS[word.key];
    if (brand && !brands.has(brand)) brands.set(brand, word);
  }
  if (brands.size < MIN_BRANDS) return null;
  const found = [...brands.values()];
  const span = { start: found[0]!.start, end: found[found.length - 1]!.end };
  return makeFinding('title-keyword-stuffing', 'warning', 'title', [[...brands.keys()].join(', ')], {
    span,
    messageKey: 'rule_title_keyword_stuffing_brands',
  });
}

export const titleKeywordStuffing: Rule<'title-keyword-stuffing'> = {
  id: 'title-keyword-stuffing',
  messageKeys: [
    'rule_title_keyword_stuffing',
    'rule_title_keyword_stuffing_synonyms',
    'rule_title_keyword_stuffing_other_model',
    'rule_title_keyword_stuffing_brands',
  ],
  check({ listing, profile }) {
    const title = sellerTitle(listing.title.slice(0, TITLE_READ_LIMIT), profile);
    const words = keywords(title);
    const findings = [otherModel(title), synonyms(title), manyBrands(words), repetition(words)].filter((f): f is Finding => f !== null);
    // One finding is enough to make the point; the strongest evidence first.
    return findings.slice(0, 1);
  },
};
