/**
 * Tokens with offsets into the original text, so every reason shown to a seller quotes their own
 * words. Folding and stemming change the key, never the span.
 */
import { normalizeWord } from './fold';

export interface Token {
  /** The word as written. */
  raw: string;
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  /** Matching key: normalised, then stemmed when the index knows the stem. */
  key: string;
}

/** Decides a token's key; the index passes one that knows its vocabulary (compile/key-of.ts). */
export type KeyOf = (raw: string) => string;

// Stryker disable all: a pattern built once at import, a static mutant (see ignoreStatic in stryker.config.mjs); pinned by the examples in tokenize.test.ts
const WORD = /[\p{L}\p{N}]+/gu;
/** "oleh2", "kue2": Indonesian reduplication written with a 2. */
const REDUPLICATED = /^(\p{L}{2,})2$/u;
/** Split hashtags written in camel case: "#BatikPekalongan". */
const CAMEL = /(?<=\p{Ll})(?=\p{Lu})/u;
// Stryker restore all

export function tokenize(text: string, keyOf: KeyOf = normalizeWord): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const start = match.index;
    const twice = raw.endsWith('2') ? REDUPLICATED.exec(raw) : null;
    if (twice) {
      const key = keyOf(twice[1]!);
      tokens.push({ raw, start, end: start + raw.length, key }, { raw, start, end: start + raw.length, key });
      continue;
    }
    const parts = text[start - 1] === '#' ? raw.split(CAMEL) : [raw];
    let offset = start;
    for (const part of parts) {
      tokens.push({ raw: part, start: offset, end: offset + part.length, key: keyOf(part) });
      offset += part.length;
    }
  }
  return tokens;
}

// Stryker disable all: a pattern built once at import, a static mutant (see ignoreStatic in stryker.config.mjs); pinned by the examples in tokenize.test.ts
const NON_WORD = /[^\p{L}\p{N}]+/u;
// Stryker restore all

/**
 * Keys of a lexicon phrase or place name, the same as tokenize() gives for the same words. One split
 * instead of the tokenizer: the index keys a few thousand names on a page's first use, and lexicon
 * phrases are plain words (no "oleh2", no hashtags).
 */
export function phraseKeys(phrase: string, keyOf: KeyOf = normalizeWord): string[] {
  return phrase.split(NON_WORD).filter(Boolean).map(keyOf);
}
