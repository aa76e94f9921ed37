/**
 * The glossary draft: known words and phrases become English, place names and numbers stay, and
 * every other word is kept in [brackets] for the seller to translate (and listed). Also the masking
 * that keeps craft names away from a machine translator. Pure and linear: one pass over the words,
 * as many lookups per word as the longest phrase starting with it has words (one for most).
 */
import { glossary, type GlossaryEntry } from './glossary';

interface Word {
  start: number;
  end: number;
  text: string;
}

type Piece =
  | { kind: 'term'; start: number; end: number; source: string; entry: GlossaryEntry }
  | { kind: 'keep' | 'unknown'; start: number; end: number; source: string };

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const JOIN = /^[ \t]+$/;
/** Sizes, codes and acronyms written in capitals (XL, SVLK, FSC, MUI): kept unless the whole text shouts. */
const ACRONYM = /^[\p{Lu}\d-]{1,6}$/u;
const HAS_DIGIT = /\d/;
const MAX_UNTRANSLATED = 60;

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const match of text.matchAll(WORD)) out.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  return out;
}

function shouting(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 8 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.7;
}

/** The text cut into glossary terms, places, kept words and unknown words (separators are what lies between). */
function pieces(text: string): { pieces: Piece[]; casing: Casing } {
  const { entries, places, phraseLength } = glossary();
  const words = wordsOf(text);
  const casing: Casing = { loud: shouting(text), title: titleCased(words) };
  const lower = words.map((word) => word.text.toLowerCase());
  // joined[k]: word k and word k + 1 are separated by plain spaces only ("batik tulis", not "batik, tulis").
  const joined = words.map((word, k) => k + 1 < words.length && JOIN.test(text.slice(word.end, words[k + 1]!.start)));
  const out: Piece[] = [];
  for (let i = 0; i < words.length; ) {
    const longest = phraseLength.get(lower[i]!) ?? 1;
    let span = 1;
    while (span < longest && joined[i + span - 1]) span++;
    let n = span;
    for (; n >= 1; n--) {
      const key = n === 1 ? lower[i]! : lower.slice(i, i + n).join(' ');
      const entry = entries.get(key);
      if (!entry && !places.has(key)) continue;
      const first = words[i]!;
      const last = words[i + n - 1]!;
      const source = text.slice(first.start, last.end);
      out.push(
        entry
          ? { kind: 'term', start: first.start, end: last.end, source, entry }
          : { kind: 'keep', start: first.start, end: last.end, source },
      );
      break;
    }
    if (n >= 1) {
      i += n;
      continue;
    }
    const word = words[i]!;
    const keep = HAS_DIGIT.test(word.text) || (!casing.loud && ACRONYM.test(word.text));
    out.push({ kind: keep ? 'keep' : 'unknown', start: word.start, end: word.end, source: word.text });
    i++;
  }
  return { pieces: out, casing };
}

/** Most words start with a capital: a title written in Title Case. */
function titleCased(all: readonly Word[]): boolean {
  const words = all.filter((word) => /^\p{L}/u.test(word.text));
  const capitals = words.filter((word) => word.text[0] !== word.text[0]!.toLowerCase()).length;
  return words.length >= 2 && capitals / words.length >= 0.6;
}

interface Casing {
  loud: boolean;
  title: boolean;
}

/** "Batik Tulis" in a Title Case title → "Hand-Drawn Batik"; "batik tulis" in a sentence → "hand-drawn batik"; shouting stays shouting. */
function inCaseOf(source: string, english: string, casing: Casing): string {
  if (casing.loud && source === source.toUpperCase() && source !== source.toLowerCase()) return english.toUpperCase();
  if (source[0] === source[0]!.toLowerCase()) return english;
  if (casing.title) return english.replace(/(^|[\s(-])(\p{Ll})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase());
  return english.charAt(0).toUpperCase() + english.slice(1);
}

export interface GlossaryDraft {
  text: string;
  /** Words the glossary does not know, as written, in order of first appearance. */
  untranslated: string[];
}

export function glossaryDraft(text: string): GlossaryDraft {
  const { pieces: all, casing } = pieces(text);
  const untranslated = new Map<string, string>();
  let out = '';
  let at = 0;
  let openBracket = false;
  all.forEach((piece, index) => {
    out += text.slice(at, piece.start);
    at = piece.end;
    if (piece.kind === 'unknown') {
      if (!openBracket) out += '[';
      out += piece.source;
      const key = piece.source.toLowerCase();
      if (!untranslated.has(key) && untranslated.size < MAX_UNTRANSLATED) untranslated.set(key, piece.source);
      const next = all[index + 1];
      // Neighbouring unknown words share one bracket: "[Parang Rusak]".
      openBracket = next?.kind === 'unknown' && JOIN.test(text.slice(piece.end, next.start));
      if (!openBracket) out += ']';
      return;
    }
    out += piece.kind === 'term' ? inCaseOf(piece.source, piece.entry.english, casing) : piece.source;
  });
  out += text.slice(at);
  return { text: out, untranslated: [...untranslated.values()] };
}

export interface Masked {
  text: string;
  /** The English each placeholder stands for, by its number. */
  terms: string[];
}

/** A placeholder a translator passes through: a number in mathematical brackets. */
export const placeholder = (index: number) => `⟦${index}⟧`;
const PLACEHOLDER = /⟦\s*(\d{1,4})\s*⟧/g;

/** Craft and food names swapped for placeholders, so a translator cannot turn "batik tulis" into "written batik". */
export function maskTerms(text: string): Masked {
  const { pieces: all, casing } = pieces(text);
  const terms: string[] = [];
  let out = '';
  let at = 0;
  for (const piece of all) {
    if (piece.kind !== 'term' || !piece.entry.protect) continue;
    out += text.slice(at, piece.start) + placeholder(terms.length);
    terms.push(inCaseOf(piece.source, piece.entry.english, casing));
    at = piece.end;
  }
  return { text: out + text.slice(at), terms };
}

/** The placeholders put back; null when the translator lost or invented one (the draft is then not trusted). */
export function unmaskTerms(translated: string, terms: readonly string[]): string | null {
  const seen = new Set<number>();
  let broken = false;
  const out = translated.replace(PLACEHOLDER, (_whole, digits: string) => {
    const index = Number(digits);
    if (index >= terms.length) broken = true;
    seen.add(index);
    return terms[index] ?? '';
  });
  return broken || seen.size !== terms.length ? null : out;
}
