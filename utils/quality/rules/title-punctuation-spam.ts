/**
 * "!!!", "★★", emoji and "VIRAALLL": Shopee's naming guideline forbids emoticons
 * and special characters in names (marketplaces.md §3.1), and search ignores them.
 */
import type { Finding, Rule, Span } from '../types';
import { makeFinding, MAX_FINDINGS_PER_FIELD, removeFix, replaceFix } from '../finding';
import { findPhrases } from '../text/spans';
import { TITLE_READ_LIMIT } from '../text/seller-title';

// A symbol followed by at most 3 joiners (variation selector, zero-width joiner, skin tone), repeated:
// the two classes are disjoint, so the repetition cannot backtrack.
const SYMBOLS =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: the joiners are matched one by one on purpose, after a symbol
  /(?:[\p{Extended_Pictographic}\u2022\u2190-\u21FF\u25A0-\u27BF\u2B50\u2B55][\uFE0F\u200D\u20E3\u{1F3FB}-\u{1F3FF}]{0,3})+/gu;
// "++" glued to a word or number is part of a name or rating ("PA++++" sunscreen grade, "100++",
// "C++"), not decoration; standing alone it is.
const MARKS = /[!?]{2,}|[*~=_|^#<>•]{2,}|(?<![\p{L}\p{N}+])\+{2,}/gu;
// ©, ® and ™ belong to brand names ("Wardah®"), not decoration.
// biome-ignore lint/suspicious/noMisleadingCharacterClass: a lone variation selector after ©/®/™ is part of the mark
const LEGAL_MARKS = /^[©®™\uFE0F]+$/;

/**
 * Letters repeated 3+ times inside a word ("murahhh", "VIRAALLL"), except words of one letter
 * ("AAA"), sizes ("XXXL"), model codes (letters glued to digits: "SDDDC2-064G") and short
 * capitalised codes ("CBAAA"). The run is case-sensitive: "ZELLl" is a brand's odd spelling, not a shout.
 */
function stretchedLetters(text: string): { span: Span; word: string }[] {
  const out: { span: Span; word: string }[] = [];
  for (const word of findPhrases(text, /\p{L}+/gu)) {
    if (/^(.)\1*$/iu.test(word.phrase) || /^x+[sl]$/i.test(word.phrase)) continue;
    // Stryker disable next-line StringLiteral: equivalent; any digit-free stand-in for "no character" reads the same
    if (/\p{N}/u.test(text[word.start - 1] ?? '') || /\p{N}/u.test(text[word.end] ?? '')) continue;
    if (word.phrase.length <= 5 && word.phrase === word.phrase.toUpperCase()) continue;
    let runStart = 0;
    for (let i = 1; i <= word.phrase.length; i++) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; past the end phrase[i] is undefined, which equals no letter
      if (i < word.phrase.length && word.phrase[i] === word.phrase[runStart]) continue;
      if (i - runStart >= 3) out.push({ span: { start: word.start + runStart, end: word.start + i }, word: word.phrase });
      runStart = i;
    }
  }
  return out;
}

export const titlePunctuationSpam: Rule<'title-punctuation-spam'> = {
  id: 'title-punctuation-spam',
  messageKeys: ['rule_title_punctuation_spam'],
  check({ listing }) {
    const title = listing.title;
    // Removal fixes need the whole title; matching reads its start only (see TITLE_READ_LIMIT).
    const read = title.slice(0, TITLE_READ_LIMIT);
    const findings: Finding[] = [];
    const symbols = [...findPhrases(read, SYMBOLS), ...findPhrases(read, MARKS)].filter((m) => !LEGAL_MARKS.test(m.phrase));
    for (const match of symbols) {
      const fix = removeFix('title', title, match, 'fix_remove_symbols');
      findings.push(makeFinding('title-punctuation-spam', 'warning', 'title', [match.phrase], { span: match, fix }));
    }
    for (const { span, word } of stretchedLetters(read)) {
      const fix = replaceFix('title', title, span, title[span.start]!, 'fix_shorten_stretched_word');
      findings.push(makeFinding('title-punctuation-spam', 'warning', 'title', [word], { span, fix }));
    }
    return findings.sort((a, b) => a.span!.start - b.span!.start).slice(0, MAX_FINDINGS_PER_FIELD);
  },
};
