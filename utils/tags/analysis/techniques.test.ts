import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { suggestTags } from '../index';

const labels = (listing: Omit<Listing, 'marketplace'>) =>
  suggestTags({ marketplace: 'shopee', ...listing }, { limit: 50 }).map((t) => t.label);

describe('technique guard', () => {
  it('never upgrades a print to tulis, whatever the description says', () => {
    for (const title of ['Kemeja Batik Printing Pria', 'Dress Motif Batik Modern', 'Kain Batik Print Pekalongan']) {
      const tags = labels({ title, description: 'Halus seperti tulis, mirip batik tulis asli' });
      expect(tags).toContain('Motif Batik (Printing)');
      expect(tags).not.toContain('Batik Tulis');
      expect(tags).not.toContain('Batik');
      expect(tags).not.toContain('Indonesian Batik');
    }
  });

  it('reads hedged techniques as no technique', () => {
    for (const title of ['Batik Semi Tulis Murah', 'Batik Motif Tulis Modern', 'Batik KW Tulis']) {
      expect(labels({ title })).not.toContain('Batik Tulis');
    }
  });

  it('keeps tulis when printing is denied', () => {
    const tags = labels({ title: 'Batik Tulis Lasem', description: 'Asli tulis tangan, bukan printing' });
    expect(tags).toContain('Batik Tulis');
    expect(tags).not.toContain('Motif Batik (Printing)');
  });

  it('reads a bare "tulis" or "cap" only after a batik word', () => {
    expect(labels({ title: 'Batik Pekalongan Tulis Halus' })).toContain('Batik Tulis');
    expect(labels({ title: 'Alat Tulis Kantor Pulpen Cap Kupu' })).toEqual([]);
  });

  it('calls tulis and cap together kombinasi, and neither alone', () => {
    const tags = labels({ title: 'Batik Cap Kombinasi Tulis Solo' });
    expect(tags).toContain('Batik Kombinasi');
    expect(tags).not.toContain('Batik Tulis');
    expect(tags).not.toContain('Batik Cap');
  });

  it('calls any print of a batik pattern a print even without the word batik in the title', () => {
    expect(labels({ title: 'Kemeja Pria Lengan Panjang', description: 'Motif batik printing' })).toContain('Motif Batik (Printing)');
  });
});
