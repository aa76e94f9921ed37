import { describe, expect, it } from 'vitest';
import { suggestTags } from './index';
import { TAG_KINDS } from './types';

describe('suggestTags', () => {
  it('needs only a marketplace and a title', () => {
    expect(suggestTags({ marketplace: 'shopee', title: '' })).toEqual([]);
    expect(suggestTags({ marketplace: 'shopee', title: 'Rendang Padang' }).length).toBeGreaterThan(0);
  });

  it('ranks best first, within 0–1, with reasons, and stops at the limit', () => {
    const tags = suggestTags(
      { marketplace: 'shopee', title: 'Kain Batik Tulis Lasem Pewarna Alami', origin: 'Kab. Rembang' },
      { limit: 6 },
    );
    expect(tags).toHaveLength(6);
    for (const [i, tag] of tags.entries()) {
      expect(TAG_KINDS).toContain(tag.kind);
      expect(tag.confidence).toBeGreaterThan(0);
      expect(tag.confidence).toBeLessThanOrEqual(1);
      expect(tag.reason.length).toBeGreaterThan(0);
      if (i > 0) expect(tag.confidence).toBeLessThanOrEqual(tags[i - 1]!.confidence);
    }
  });

  it('offers "Handmade in Indonesia" for a handmade local craft only', () => {
    const labels = (title: string) => suggestTags({ marketplace: 'shopee', title }, { limit: 50 }).map((t) => t.label);
    expect(labels('Tas Anyaman Pandan Tasikmalaya')).toContain('Handmade in Indonesia');
    expect(labels('Kemeja Batik Printing Pekalongan')).not.toContain('Handmade in Indonesia');
    expect(labels('Keripik Tempe Malang Handmade')).not.toContain('Handmade in Indonesia');
  });

  it('does not suggest what the listing already has as a hashtag', () => {
    const inserts = (listing: { title: string; description?: string; hashtags?: string[] }) =>
      suggestTags({ marketplace: 'shopee', ...listing }, { limit: 50 }).map((t) => t.insert);
    expect(inserts({ title: 'Dodol Garut', hashtags: ['#dodolgarut'] })).not.toContain('#DodolGarut');
    expect(inserts({ title: 'Dodol Garut', description: 'Manis legit #DodolGarut #oleholeh' })).not.toContain('#DodolGarut');
    expect(inserts({ title: 'Dodol Garut' })).toContain('#DodolGarut');
  });

  it('reads the first 20,000 characters of a description, however long it is', () => {
    const description = `${'Kualitas terjamin. '.repeat(2000)} Batik tulis`;
    // Past the first 20,000 characters: not read (the cost of a 2 MB description is in `npm run bench`).
    const tags = suggestTags({ marketplace: 'shopee', title: 'Kain Panjang', description: description.padEnd(2_000_000, ' x') });
    expect(tags.map((t) => t.label)).not.toContain('Batik Tulis');
    // Within them: read.
    const early = suggestTags({ marketplace: 'shopee', title: 'Kain Panjang', description: `Batik tulis. ${description}` });
    expect(early.map((t) => t.label)).toContain('Batik Tulis');
  });
});
