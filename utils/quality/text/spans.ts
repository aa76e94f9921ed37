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
const CLOSING = /[.,!?;:)\]}]/;

/**
 * Removing "Termurah" from "Kaos Polos - Termurah" should leave "Kaos Polos", not
 * "Kaos Polos -": take the brackets around the span, then the spaces after it, or
 * at the end of the text the joiners before it.
 */
export function tidyRemoval(text: string, span: Span): Span {
  let { start, end } = span;
  // Stryker disable next-line EqualityOperator: before the text's start the character is undefined, which is no bracket
  if (start > 0 && '[({'.includes(text[start - 1]!) && ')]}'.includes(text[end] ?? '')) {
    start--;
    end++;
  }
  const atStart = text.slice(0, start).trim() === '';
  let after = end;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: past either end of the text the character is undefined, which the pattern never matches
  while (after < text.length && SPACE.test(text[after]!)) after++;
  if (after === text.length) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past either end of the text the character is undefined, which the pattern never matches
    while (start > 0 && JOINER.test(text[start - 1]!)) start--;
    return { start, end: after };
  }
  if (atStart) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past either end of the text the character is undefined, which the pattern never matches
    while (after < text.length && JOINER.test(text[after]!)) after++;
    return { start: 0, end: after };
  }
  // "…kami di Tokopedia." should leave "…kami di.", not "…kami di .": before punctuation, the
  // spaces in front of the span go with it.
  if (CLOSING.test(text[after]!)) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past either end of the text the character is undefined, which the pattern never matches
    while (start > 0 && SPACE.test(text[start - 1]!)) start--;
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
