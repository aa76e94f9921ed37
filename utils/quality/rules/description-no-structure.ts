/**
 * A long description in one block is hard to read on a phone. TikTok Shop's own
 * diagnosis flags a description with no line break (DESC_NO_NEW_LINE, marketplaces.md
 * §2); below 200 characters one paragraph reads fine, so shorter text is left alone.
 */
import type { Rule } from '../types';
import { makeFinding } from '../finding';
import { charLength } from '../text/measure';
import { breakIntoLines } from '../text/sentences';

const MIN_LENGTH = 200;
// A line break, an HTML block (TikTok descriptions are HTML) or a bullet character.
const STRUCTURE = /\n|<(?:br|p|li|ul|ol)\b|[•●▪✓✔]/i;

export const descriptionNoStructure: Rule<'description-no-structure'> = {
  id: 'description-no-structure',
  messageKeys: ['rule_description_no_structure'],
  check({ listing, profile, known }) {
    const severity = profile.description.structure;
    const text = listing.description ?? '';
    if (!severity || !known('description') || charLength(text) < MIN_LENGTH || STRUCTURE.test(text)) return [];
    const lines = breakIntoLines(text);
    const fix =
      lines.split('\n').length >= 3
        ? {
            kind: 'set-field' as const,
            field: 'description' as const,
            value: lines,
            previous: text,
            labelKey: 'fix_add_line_breaks' as const,
          }
        : undefined;
    return [makeFinding('description-no-structure', severity, 'description', [charLength(text)], { fix })];
  },
};
