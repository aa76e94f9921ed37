import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { suggestTags } from '../index';

/** Indication and origin tags as a seller sees them: label, kind, confidence, check note and quoted words. */
const tags = (title: string, extra: Partial<Listing> = {}) =>
  suggestTags({ marketplace: 'shopee', title, ...extra }, { limit: 50 })
    .filter((tag) => tag.kind === 'gi' || tag.kind === 'origin')
    .map((tag) =>
      [
        tag.label,
        tag.kind,
        tag.confidence,
        tag.requiresCheck ?? '',
        tag.noteKey ?? '',
        tag.reason.map((r) => `${r.field}:${r.text}`).join('+'),
      ].join(' | '),
    );

describe('Geographical Indication tags: evidence and strength', () => {
  it('rates an indication named wholly in the title above one completed by the description, quoting each part', () => {
    expect(tags('Kopi Arabika Gayo')[0]).toBe('Kopi Arabika Gayo | gi | 0.9 | true | tags_gi_check_right | title:Kopi Arabika+title:Gayo');
    expect(tags('Kopi Arabika', { description: 'Kopi arabika dari Gayo' })[0]).toBe(
      'Kopi Arabika Gayo | gi | 0.78 | true | tags_gi_check_right | title:Kopi Arabika+description:Gayo',
    );
    expect(tags('Kopi Gayo', { description: 'Kopi arabika' })).toContain(
      'Kopi Arabika Gayo | gi | 0.78 | true | tags_gi_check_right | description:Kopi arabika+title:Gayo',
    );
  });

  it('is not offered for another variety, nor when the listing also names the excluded one', () => {
    expect(tags('Kopi Robusta Gayo').join('\n')).not.toContain('Kopi Arabika Gayo');
    expect(tags('Kopi Arabika Robusta Gayo').join('\n')).not.toContain('Kopi Arabika Gayo');
  });

  it('is not completed by the category: the variety must be in the title or the description', () => {
    expect(tags('Kopi Gayo', { category: 'Kopi Arabika' }).join('\n')).not.toContain('Kopi Arabika Gayo');
  });

  it('is withheld, with every local tag, for an import', () => {
    expect(tags('Kopi Arabika Gayo Import Brazil')).toEqual([]);
  });

  it('replaces the plain "Product Place" tag that says the same registered name', () => {
    expect(tags('Tenun Songket Alor')).toEqual([
      'Tenun Songket Alor | gi | 0.9 | true | tags_gi_check_right | title:Tenun Songket+title:Alor',
      'Alor | origin | 0.83 |  |  | title:Alor',
    ]);
    expect(tags('Kopi Arabika Kintamani').join('\n')).not.toContain('Kopi Arabika Kintamani | origin');
    // A broader name stays: "Batik Lasem" is not the registered "Batik Tulis Lasem".
    expect(tags('Sarung Batik Tulis Lasem')).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Batik Lasem \| origin/), expect.stringMatching(/^Batik Tulis Lasem \| gi/)]),
    );
    // Another variety is not the indication, so its plain tag stays.
    expect(tags('Kopi Robusta Gayo')[0]).toBe('Kopi Robusta Gayo | origin | 0.95 |  |  | title:Kopi Robusta+title:Gayo');
  });
});
