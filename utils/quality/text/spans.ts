/** Finding phrases in text as spans, and widening a span so that removing it leaves tidy text. */
import type { Span } from '../types';

export interface PhraseMatch extends Span {
  phrase: string;
}

/** Every match of a global regular expression, as spans with the matched text. */
export function findPhrases(text: string, pattern: RegExp): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    out.push({ start: match.index, end: match.index + match[0].length, phrase: match[0] });
  }
  return out;
}

const SPACE = /\s/;
const JOINER = /[\s\-|/,:;]/;

/**
 * Removing "Termurah" from "Kaos Polos - Termurah" should leave "Kaos Polos", not
 * "Kaos Polos -": take the brackets around the span, then the spaces after it, or
 * at the end of the text the joiners before it.
 */
export function tidyRemoval(text: string, span: Span): Span {
  let { start, end } = span;
  if (start > 0 && '[({'.includes(text[start - 1]!) && ')]}'.includes(text[end] ?? '')) {
    start--;
    end++;
  }
  const atStart = text.slice(0, start).trim() === '';
  let after = end;
  while (after < text.length && SPACE.test(text[after]!)) after++;
  if (after === text.length) {
    while (start > 0 && JOINER.test(text[start - 1]!)) start--;
    return { start, end: after };
  }
  if (atStart) {
    while (after < text.length && JOINER.test(text[after]!)) after++;
    return { start: 0, end: after };
  }
  return { start, end: after };
}

/** Spans sorted by start, keeping the first (then the longest) where two overlap. */
export function withoutOverlaps<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) continue;
    out.push(span);
  }
  return out;
}
