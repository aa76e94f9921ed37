/**
 * Which brand a listing sells, from its title. A brand named after "for", "untuk", "case" or
 * "seperti" is what the product fits or imitates ("Case HP Batik untuk iPhone", "Parfum inspired by
 * Dior"), not its own brand; the first brand named otherwise is the listing's. When that brand is
 * owned abroad the listing is not a local product (utils/tags/honesty.ts); an Indonesian brand named
 * first makes later foreign names parts or fits ("Axioo Intel Core i5").
 */
import { FOREIGN_BRANDS } from './foreign-brands';
import { INDONESIAN_BRANDS } from './indonesian-brands';
import type { BrandRow } from './types';

export interface BrandMention {
  brand: BrandRow;
  foreign: boolean;
  /** Offsets in the text, end exclusive, and the words as written. */
  start: number;
  end: number;
  text: string;
}

/** Words after which a brand is what the product fits, goes with or imitates. */
const FIT_WORDS = new Set([
  'for',
  'untuk',
  'utk',
  'buat',
  'compatible',
  'kompatibel',
  'support',
  'fit',
  'cocok',
  'khusus',
  'case',
  'casing',
  'softcase',
  'hardcase',
  'cover',
  'bumper',
  'flip',
  'tempered',
  'glass',
  'gores',
  'garskin',
  'skin',
  'hydrogel',
  'kabel',
  'charger',
  'adaptor',
  'strap',
  'tali',
  'pouch',
  'holder',
  'stand',
  'dudukan',
  'mount',
  'bracket',
  'sparepart',
  'lcd',
  'baterai',
  'battery',
  'seperti',
  'mirip',
  'ala',
  'inspired',
  'inspirasi',
  'like',
  'dupe',
  'kw',
  'kembaran',
  'setara',
  'pengganti',
  'alternatif',
  'vs',
  'versus',
  'bukan',
  'non',
]);
/** Phrases where a cased brand word means the word ("Green Apple" flavour). */
const NOT_BRAND = [
  'green apple',
  'apple cider',
  'red apple',
  'apple green',
  'giant size',
  'coach bag',
  'aqua blue',
  'warna aqua',
  'aqua green',
  'aqua marine',
];
const LOOKBACK = 2;

interface Phrase {
  keys: string[];
  brand: BrandRow;
  foreign: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const fold = (word: string) =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
const keysOf = (phrase: string) => (fold(phrase).match(WORD) ?? []) as string[];

let byFirst: Map<string, Phrase[]> | undefined;
function index(): Map<string, Phrase[]> {
  if (byFirst) return byFirst;
  byFirst = new Map();
  const add = (brand: BrandRow, foreign: boolean) => {
    for (const term of new Set([brand.name, ...(brand.terms ?? [])])) {
      const keys = keysOf(term);
      if (!keys.length) continue;
      const list = byFirst!.get(keys[0]!) ?? [];
      list.push({ keys, brand, foreign });
      list.sort((a, b) => b.keys.length - a.keys.length);
      byFirst!.set(keys[0]!, list);
    }
  };
  for (const brand of FOREIGN_BRANDS) add(brand, true);
  for (const brand of INDONESIAN_BRANDS) add(brand, false);
  return byFirst;
}

interface Word {
  key: string;
  raw: string;
  start: number;
  end: number;
}

/** Every brand named in the text, with whether it is named as a fit or imitation. */
export function findBrands(text: string): (BrandMention & { fit: boolean })[] {
  const words: Word[] = [...text.matchAll(WORD)].map((m) => ({ key: fold(m[0]), raw: m[0], start: m.index, end: m.index + m[0].length }));
  const keys = words.map((w) => w.key);
  const masked = new Set<number>();
  for (const phrase of NOT_BRAND.map(keysOf)) {
    for (let i = 0; i < keys.length; i++) {
      if (phrase.every((k, j) => keys[i + j] === k)) for (let j = 0; j < phrase.length; j++) masked.add(i + j);
    }
  }
  const found: (BrandMention & { fit: boolean; from: number; to: number })[] = [];
  for (let i = 0; i < words.length; i++) {
    if (masked.has(i)) continue;
    const phrase = index()
      .get(keys[i]!)
      ?.find((p) => p.keys.every((k, j) => keys[i + j] === k));
    if (!phrase) continue;
    if (phrase.brand.cased && !/^\p{Lu}/u.test(words[i]!.raw)) continue;
    const to = i + phrase.keys.length;
    const before = keys.slice(Math.max(0, i - LOOKBACK), i);
    const previous = found[found.length - 1];
    // "For Samsung, Oppo, Vivo": a brand listed right after a fitted brand is fitted too.
    const fit = before.some((k) => FIT_WORDS.has(k)) || (previous?.fit === true && previous.to >= i - 1);
    const start = words[i]!.start;
    const end = words[to - 1]!.end;
    found.push({ brand: phrase.brand, foreign: phrase.foreign, start, end, text: text.slice(start, end), fit, from: i, to });
    i = to - 1;
  }
  return found.map(({ from: _from, to: _to, ...mention }) => mention);
}

/** The brand the listing sells: the first one its title names that is not a fit or imitation. */
export function listingBrand(title: string): BrandMention | undefined {
  const own = findBrands(title).find((mention) => !mention.fit);
  if (!own) return undefined;
  const { fit: _fit, ...mention } = own;
  return mention;
}

/** The foreign brand the listing sells, if it sells one. */
export function foreignBrandOf(title: string): BrandMention | undefined {
  const brand = listingBrand(title);
  return brand?.foreign ? brand : undefined;
}
