import { describe, expect, it } from 'vitest';
import { descriptionNoStructure } from './description-no-structure';
import { GOOD_DESCRIPTION, listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';
import { buildContext } from '../context';

const block = GOOD_DESCRIPTION.replace(/\n/g, ' ');

describe('description-no-structure', () => {
  it('is a warning on TikTok Shop (DESC_NO_NEW_LINE) and a tip elsewhere', () => {
    expect(runRule(descriptionNoStructure, listingWith({ description: block }, 'tiktok-tokopedia'))[0]?.severity).toBe('warning');
    expect(runRule(descriptionNoStructure, listingWith({ description: block }))[0]?.severity).toBe('tip');
  });

  it('offers one sentence per line, keeping abbreviations together', () => {
    const listing = listingWith({ description: block });
    const fixed = applyFix(listing, runRule(descriptionNoStructure, listing)[0]!.fix!)!.description!;
    expect(fixed.split('\n').length).toBeGreaterThanOrEqual(5);
    expect(fixed).toContain('Kab. Pekalongan');
  });

  it('stays quiet for short text, text with line breaks, bullets or HTML', () => {
    expect(runRule(descriptionNoStructure, listingWith({ description: 'Kaos katun adem. Ukuran M sampai XXL.' }))).toEqual([]);
    expect(runRule(descriptionNoStructure, listingWith({ description: GOOD_DESCRIPTION }))).toEqual([]);
    expect(runRule(descriptionNoStructure, listingWith({ description: `${block} • Bahan katun` }))).toEqual([]);
    expect(runRule(descriptionNoStructure, listingWith({ description: `<p>${block}</p>` }))).toEqual([]);
  });

  // One block of plain sentences, `sentences` of them, `length` characters long.
  const sentences = (count: number, length: number) => {
    const parts = Array.from({ length: count }, (_, i) => `Kalimat ${i + 1} menjelaskan bahan`);
    const body = `${parts.join('. ')}${' dan jahitan'.repeat(40)}`.slice(0, length - 1).trimEnd();
    return `${body.padEnd(length - 1, 'x')}.`;
  };

  it('starts at 200 characters', () => {
    expect(sentences(4, 200)).toHaveLength(200);
    expect(runRule(descriptionNoStructure, listingWith({ description: sentences(4, 199) }))).toEqual([]);
    expect(runRule(descriptionNoStructure, listingWith({ description: sentences(4, 200) }))[0]).toMatchObject({
      ruleId: 'description-no-structure',
      field: 'description',
      params: ['200'],
    });
  });

  it('offers line breaks only when the text splits into three lines or more', () => {
    const fixOf = (description: string) => runRule(descriptionNoStructure, listingWith({ description }))[0]?.fix;
    expect(fixOf(sentences(2, 240))).toBeUndefined();
    expect(fixOf(sentences(3, 240))).toMatchObject({ kind: 'set-field', field: 'description', labelKey: 'fix_add_line_breaks' });
  });

  it('is silent on a marketplace that gives no advice on structure', () => {
    const listing = listingWith({ description: block });
    const context = buildContext(listing, listing.marketplace);
    const profile = { ...context.profile, description: { ...context.profile.description, structure: null } };
    expect(descriptionNoStructure.check({ ...context, profile })).toEqual([]);
  });
});
