import { describe, expect, it } from 'vitest';
import { descriptionNoStructure } from './description-no-structure';
import { GOOD_DESCRIPTION, listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';

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
});
