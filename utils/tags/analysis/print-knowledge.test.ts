import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { buildIndex, type TagIndex } from '../compile/build-index';
import type { LexiconEntry } from '../knowledge/types';
import { analyse } from './analyse';

// Which craft has a printed imitation, and which techniques combine, are knowledge entries'
// flags (printOf, combines), not ids in the analysis: change the data and the reading follows.
const index = buildIndex();
const listing = (title: string): Listing => ({ marketplace: 'shopee', title });
const ids = (title: string, on: TagIndex = index) => [...analyse(listing(title), on).entries.keys()].sort();
const withEntry = (id: string, change: (entry: LexiconEntry) => LexiconEntry): TagIndex => {
  const entries = new Map(index.entries);
  entries.set(id, change(index.entries.get(id)!));
  return { ...index, entries };
};

describe('techniques follow the knowledge flags', () => {
  it('a print entry (printOf) hides its craft and its techniques', () => {
    const analysis = analyse(listing('Kemeja Batik Tulis Printing Pria'), index);
    expect(analysis.printedCraft).toBe('batik');
    expect(ids('Kemeja Batik Tulis Printing Pria')).toContain('batik-printing');
    expect(ids('Kemeja Batik Tulis Printing Pria')).not.toContain('batik');
    expect(ids('Kemeja Batik Tulis Printing Pria')).not.toContain('batik-tulis');
  });

  it('without the printOf flag the same words are no print', () => {
    const { printOf: _dropped, ...plain } = index.entries.get('batik-printing')!;
    const unflagged = withEntry('batik-printing', () => plain);
    expect(analyse(listing('Kemeja Batik Tulis Printing Pria'), unflagged).printedCraft).toBeUndefined();
    expect(ids('Kemeja Batik Tulis Printing Pria', unflagged)).toContain('batik-tulis');
  });

  it('parts named together make the entry that combines them, and only while it says so', () => {
    expect(ids('Batik Tulis dan Batik Cap Pekalongan')).toContain('batik-kombinasi');
    expect(ids('Batik Tulis dan Batik Cap Pekalongan')).not.toContain('batik-tulis');
    const { combines: _parts, ...alone } = index.entries.get('batik-kombinasi')!;
    const unflagged = withEntry('batik-kombinasi', () => alone);
    expect(ids('Batik Tulis dan Batik Cap Pekalongan', unflagged)).toEqual(expect.arrayContaining(['batik-cap', 'batik-tulis']));
    expect(ids('Batik Tulis dan Batik Cap Pekalongan', unflagged)).not.toContain('batik-kombinasi');
  });
});
