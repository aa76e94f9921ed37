import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { getIndex, type TagIndex } from '../compile/build-index';
import { suggestTags } from '../index';
import { readFields } from './read-fields';
import { resolveTechniques } from './techniques';

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

// The resolution itself, on the fields and mentions read-fields.ts gives it.
const index = getIndex();
const resolve = (listing: Omit<Listing, 'marketplace'>, on: TagIndex = index) => {
  const { fields, mentions } = readFields({ marketplace: 'shopee', ...listing }, on);
  return resolveTechniques(fields, mentions, on);
};
/** Accepted techniques as "id: words as written"; every one is an entry. */
const accepted = (listing: Omit<Listing, 'marketplace'>, on: TagIndex = index) =>
  resolve(listing, on).accepted.map((mention) => {
    expect(mention.ref.type).toBe('entry');
    return `${mention.ref.type === 'entry' ? mention.ref.entry.id : '?'}: ${mention.text}`;
  });

describe('resolving techniques', () => {
  it('accepts techniques only, other crafts first and then the batik claims', () => {
    expect(accepted({ title: 'Kemeja Batik Tulis' })).toEqual(['batik-tulis: Batik Tulis']);
    expect(accepted({ title: 'Ecoprint Batik Tulis Jumputan' })).toEqual([
      'ecoprint: Ecoprint',
      'jumputan: Jumputan',
      'batik-tulis: Batik Tulis',
    ]);
  });

  it('reads a bare "tulis" up to four words after a batik word in the same field, never before it', () => {
    expect(accepted({ title: 'Sarung Batik Pekalongan Motif Klasik Tulis' })).toEqual(['batik-tulis: Tulis']);
    expect(accepted({ title: 'Batik Pekalongan Warna Klasik Halus Tulis' })).toEqual([]);
    expect(accepted({ title: 'Buku Tulis Sampul Batik' })).toEqual([]);
    expect(accepted({ title: 'Batik Pekalongan', description: 'Dikerjakan secara tulis' })).toEqual([]);
  });

  it('reads a technique after a comparison or a vague word as none', () => {
    expect(accepted({ title: 'Kain Seperti Batik Tulis' })).toEqual([]);
    expect(accepted({ title: 'Selendang Semi Jumputan' })).toEqual([]);
  });

  it('all parts claimed make the combination, each named as an entry', () => {
    expect(accepted({ title: 'Batik Tulis dan Batik Cap Pekalongan' })).toEqual([
      'batik-kombinasi: Batik Tulis',
      'batik-kombinasi: Batik Cap',
    ]);
  });

  it('a combination claimed stands for its parts', () => {
    expect(accepted({ title: 'Batik Kombinasi', description: 'batik tulis halus' })).toEqual(['batik-kombinasi: Batik Kombinasi']);
  });

  it('a printing word beside a batik word makes the listing a print, named once, by the first printing word', () => {
    const print = resolve({ title: 'Kemeja Print Halus Batik Cetak' });
    expect(print.printing?.text).toBe('Print');
    expect(print.printedCraft).toBe('batik');
    expect(accepted({ title: 'Kemeja Print Halus Batik Cetak' })).toEqual(['batik-printing: Print']);
    expect(accepted({ title: 'Batik Tulis Printing Jumputan' })).toEqual(['jumputan: Jumputan', 'batik-printing: Printing']);
  });

  it('a printing word with no craft word, or another signal beside one, is no print', () => {
    expect(resolve({ title: 'Kaos Sablon Custom' })).toEqual({ accepted: [] });
    const handmade = resolve({ title: 'Batik Tulis Handmade' });
    expect(handmade.printing).toBeUndefined();
    expect(accepted({ title: 'Batik Tulis Handmade' })).toEqual(['batik-tulis: Batik Tulis']);
  });

  it('a print of one craft withholds only that craft’s techniques', () => {
    // A second craft with a printed imitation, as knowledge could add one: its technique is not batik's.
    const entries = new Map(index.entries);
    entries.set('tenun-printing', {
      id: 'tenun-printing',
      label: 'Motif Tenun (Printing)',
      kind: 'technique',
      terms: [],
      printOf: 'tenun',
    });
    const twoPrints: TagIndex = { ...index, entries };
    expect(accepted({ title: 'Kemeja Batik Printing, Kain Tenun Tangan' }, twoPrints)).toEqual([
      'tenun-tangan: Tenun Tangan',
      'batik-printing: Batik Printing',
    ]);
  });
});
