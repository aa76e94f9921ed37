/**
 * Indonesian text normalisation for snippet search. Sellers type fast and
 * informally ("garansiii", "kue2", "ongkir", "brg"), so the query and the
 * snippets are brought to one form before they are compared.
 */

/** Separates title, shortcut, tags and body inside `searchText` (normalised text never contains it). */
export const SEARCH_FIELD_SEPARATOR = '|';

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
enum Kind {
  Other,
  Letter,
  Digit,
}

function kindAt(text: string, index: number): Kind {
  const code = text.charCodeAt(index);
  if (code < 128) return code >= 97 && code <= 122 ? Kind.Letter : code >= 48 && code <= 57 ? Kind.Digit : Kind.Other;
  const char = text[index]!;
  return LETTER.test(char) ? Kind.Letter : NUMBER.test(char) ? Kind.Digit : Kind.Other;
}

function needsTidy(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 50 || (i >= 2 && code === word.charCodeAt(i - 1) && code === word.charCodeAt(i - 2))) return true;
  }
  return false;
}

/** One word: stretched letters collapsed ("mantappp" → "mantap"), a reduplicating 2 dropped ("kue2" → "kue"). */
function tidy(word: string): string {
  if (!needsTidy(word)) return word;
  const chars: string[] = [];
  for (let i = 0; i < word.length; ) {
    let end = i + 1;
    while (end < word.length && word[end] === word[i]) end++;
    const count = end - i >= 3 && kindAt(word, i) === Kind.Letter ? 1 : end - i;
    for (let k = 0; k < count; k++) chars.push(word[i]!);
    i = end;
  }
  const isKind = (index: number, kind: Kind) => index >= 0 && index < chars.length && kindAt(chars[index]!, 0) === kind;
  return chars
    .filter((char, i) => !(char === '2' && isKind(i - 1, Kind.Letter) && isKind(i - 2, Kind.Letter) && !isKind(i + 1, Kind.Digit)))
    .join('');
}

/**
 * Lower case without accents, words of letters and digits separated by single
 * spaces. A hand-written scanner: the regular expressions it replaces took
 * seven passes over every body and made an import of 10,000 snippets slow.
 */
export function normalizeText(text: string): string {
  const folded = (NON_ASCII.test(text) ? text.normalize('NFKD').replace(MARKS, '') : text).toLowerCase();
  const words: string[] = [];
  const length = folded.length;
  let i = 0;
  const nextWord = (): string => {
    const start = i;
    while (i < length && kindAt(folded, i) !== Kind.Other) i++;
    return tidy(folded.slice(start, i));
  };
  while (i < length) {
    if (kindAt(folded, i) === Kind.Other) {
      i++;
      continue;
    }
    let part = nextWord();
    let word = part;
    // A short hyphenated prefix is one word: "P-IRT" = "PIRT", "e-mail" = "email".
    while (part.length <= 2 && /^\p{L}+$/u.test(part) && folded[i] === '-' && i + 1 < length && kindAt(folded, i + 1) === Kind.Letter) {
      i++;
      part = nextWord();
      word += part;
    }
    words.push(word);
  }
  return words.join(' ');
}

/** Codes and numbers ("sku1234", "2026") are matched exactly or by prefix, never "corrected". */
export const HAS_DIGIT = /\d/;

export function tokenize(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * A tiny stem list instead of a stemmer: full Indonesian stemmers (Nazief–Adriani)
 * are large and over-stem short words, while snippet search only needs the words
 * sellers actually use for these texts to meet ("pengiriman" ~ "kirim" ~ "ongkir").
 * English synonyms map to the same root so an English snippet is found either way.
 */
const ROOTS: Record<string, readonly string[]> = {
  kirim: ['kirim', 'pengiriman', 'dikirim', 'mengirim', 'kiriman', 'terkirim', 'kirimkan', 'ongkir', 'shipping', 'ship', 'delivery'],
  garansi: ['garansi', 'bergaransi', 'jaminan', 'warranty', 'guarantee'],
  retur: ['retur', 'return', 'returns', 'pengembalian', 'dikembalikan', 'kembalikan', 'refund'],
  tukar: ['tukar', 'penukaran', 'ditukar', 'tukarkan', 'exchange'],
  rawat: ['rawat', 'perawatan', 'merawat', 'dirawat', 'care'],
  cuci: ['cuci', 'mencuci', 'dicuci', 'pencucian', 'wash'],
  kemas: ['kemas', 'kemasan', 'dikemas', 'pengemasan', 'packing', 'packaging', 'paking'],
  ukuran: ['ukuran', 'ukur', 'size', 'sizechart'],
  pesan: ['pesan', 'pesanan', 'dipesan', 'memesan', 'order'],
  bayar: ['bayar', 'pembayaran', 'dibayar', 'payment'],
  tidak: ['tidak', 'tdk', 'gak', 'ga', 'nggak', 'enggak', 'ngga'],
  barang: ['barang', 'brg'],
  yang: ['yang', 'yg'],
  dengan: ['dengan', 'dgn'],
  untuk: ['untuk', 'utk'],
};

const STEMS = new Map<string, string>(Object.entries(ROOTS).flatMap(([root, forms]) => forms.map((form) => [form, root] as const)));

/** The root a token is compared by: the stem list first, then "-nya" dropped ("barangnya" → "barang"). */
export function stem(token: string): string {
  const listed = STEMS.get(token);
  if (listed) return listed;
  if (token.length >= 6 && token.endsWith('nya')) {
    const base = token.slice(0, -3);
    return STEMS.get(base) ?? base;
  }
  return token;
}

/** Words too common to narrow a search; dropped from a query unless it holds nothing else. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'dan',
  'yang',
  'di',
  'ke',
  'dari',
  'untuk',
  'dengan',
  'atau',
  'ini',
  'itu',
  'the',
  'and',
  'of',
  'for',
  'to',
  'a',
]);

export interface SearchTextSource {
  title: string;
  shortcut?: string;
  tags: readonly string[];
  body: string;
}

/**
 * What the database keeps in `searchText` (schema v2): each field normalised once
 * when the snippet is written, so a keystroke in the palette never re-normalises
 * thousands of bodies. Changing this function means a new schema version whose
 * upgrader recomputes the column.
 */
export function buildSearchText(snippet: SearchTextSource): string {
  return [snippet.title, snippet.shortcut ?? '', snippet.tags.join(' '), snippet.body].map(normalizeText).join(SEARCH_FIELD_SEPARATOR);
}
