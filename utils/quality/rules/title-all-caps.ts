/**
 * A title in capitals reads as shouting and is harder to scan in a results list.
 * No marketplace in marketplaces.md penalises it by name, so it is a tip.
 */
import type { Rule } from '../types';
import { makeFinding } from '../finding';
import { toTitleCase } from '../text/title-case';
import { TITLE_READ_LIMIT } from '../text/seller-title';

/** Fewer cased letters than this is a code or a brand ("LED TV"), not a shouted title. */
const MIN_LETTERS = 10;

/** Capital and small letters in the title's start (TITLE_READ_LIMIT: no marketplace takes more). */
function casedLetters(text: string): { upper: number; lower: number } {
  const read = text.slice(0, TITLE_READ_LIMIT);
  return { upper: read.match(/\p{Lu}/gu)?.length ?? 0, lower: read.match(/\p{Ll}/gu)?.length ?? 0 };
}

export const titleAllCaps: Rule<'title-all-caps'> = {
  id: 'title-all-caps',
  messageKeys: ['rule_title_all_caps'],
  check({ listing }) {
    const title = listing.title;
    const { upper, lower } = casedLetters(title);
    if (upper + lower < MIN_LETTERS || lower > (upper + lower) * 0.1) return [];
    const value = toTitleCase(title);
    const fix =
      value === title
        ? undefined
        : { kind: 'set-field' as const, field: 'title' as const, value, previous: title, labelKey: 'fix_title_case' as const };
    return [makeFinding('title-all-caps', 'tip', 'title', [], { fix })];
  },
};
