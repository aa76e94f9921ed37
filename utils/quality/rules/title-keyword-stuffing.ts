/**
 * Repeating words, listing synonyms or naming many brands to catch more searches:
 * Shopee blocks names whose keywords do not match the product and forbids "brand
 * spamming" and redundant keywords (marketplaces.md §3.1). Reduplication is grammar,
 * not stuffing: "laki-laki", "kupu kupu" are one word said twice in a row.
 */
import type { Finding, Rule } from '../types';
import { makeFinding } from '../finding';
import { findPhrases, type PhraseMatch } from '../text/spans';

const STOPWORDS = new Set(['dan', 'atau', 'untuk', 'dengan', 'yang', 'isi', 'per', 'pcs', 'the', 'and', 'for', 'with']);
/** Brand families: "Redmi" and "Xiaomi" are one brand. */
const BRANDS: Record<string, string> = Object.fromEntries(
  [
    ['samsung', 'Samsung'], ['iphone', 'Apple'], ['apple', 'Apple'], ['xiaomi', 'Xiaomi'], ['redmi', 'Xiaomi'], ['poco', 'Xiaomi'],
    ['oppo', 'Oppo'], ['vivo', 'Vivo'], ['realme', 'Realme'], ['infinix', 'Infinix'], ['huawei', 'Huawei'], ['asus', 'Asus'],
    ['nokia', 'Nokia'], ['sony', 'Sony'], ['lenovo', 'Lenovo'], ['nike', 'Nike'], ['adidas', 'Adidas'], ['puma', 'Puma'],
    ['converse', 'Converse'], ['vans', 'Vans'], ['gucci', 'Gucci'], ['zara', 'Zara'], ['uniqlo', 'Uniqlo'], ['levis', "Levi's"],
    ['wardah', 'Wardah'], ['emina', 'Emina'], ['maybelline', 'Maybelline'], ['loreal', "L'Oréal"], ['skintific', 'Skintific'],
  ],
);
const LIST_SEPARATORS = /[,/|;]/;
const MIN_LIST_ITEMS = 5;
const MIN_BRANDS = 3;

function repeatedWord(words: readonly PhraseMatch[]): Finding | null {
  const seen = new Map<string, PhraseMatch[]>();
  words.forEach((word, i) => {
    const key = word.phrase.toLowerCase();
    if (key.length < 3 || /^\d+$/.test(key) || STOPWORDS.has(key)) return;
    if (i > 0 && words[i - 1]!.phrase.toLowerCase() === key) return;
    const list = seen.get(key);
    if (list) list.push(word);
    else seen.set(key, [word]);
  });
  const repeated = [...seen.values()].filter((list) => list.length >= 2).sort((a, b) => b.length - a.length);
  const top = repeated[0];
  if (!top || (top.length < 3 && repeated.length < 2)) return null;
  const span = top[top.length - 1]!;
  return makeFinding('title-keyword-stuffing', 'warning', 'title', [top[0]!.phrase, top.length], { span });
}

function longList(title: string): Finding | null {
  const items = title.split(LIST_SEPARATORS).filter((item) => (item.match(/\p{L}/gu)?.length ?? 0) >= 4);
  if (items.length < MIN_LIST_ITEMS) return null;
  return makeFinding('title-keyword-stuffing', 'warning', 'title', [items.length], { messageKey: 'rule_title_keyword_stuffing_list' });
}

function manyBrands(words: readonly PhraseMatch[]): Finding | null {
  const brands = new Map<string, PhraseMatch>();
  for (const word of words) {
    const brand = BRANDS[word.phrase.toLowerCase()];
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
  messageKeys: ['rule_title_keyword_stuffing', 'rule_title_keyword_stuffing_list', 'rule_title_keyword_stuffing_brands'],
  check({ listing }) {
    const words = findPhrases(listing.title, /[\p{L}\p{N}]+/gu);
    return [repeatedWord(words), longList(listing.title), manyBrands(words)].filter((f): f is Finding => f !== null);
  },
};
