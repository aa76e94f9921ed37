import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEXICON } from '../compile/build-index';
import { buildGazetteer, placeId } from '../compile/gazetteer';
import { CENTRES } from './centres';
import { GEOGRAPHICAL_INDICATIONS } from './geographical-indications';
import { PROGRAMMES } from './programmes';

const ids = new Set(LEXICON.map((entry) => entry.id));
const gazetteer = buildGazetteer(undefined, LEXICON);
const places = gazetteer.places;

describe('tag knowledge', () => {
  it('gives every lexicon entry a unique id, a label and terms', () => {
    expect(ids.size).toBe(LEXICON.length);
    for (const entry of LEXICON) {
      expect(entry.label.trim()).not.toBe('');
      expect(entry.terms.length).toBeGreaterThan(0);
      for (const term of entry.terms) expect(term).toBe(term.toLowerCase());
    }
  });

  it('names only known entries as parents and as what centres are known for', () => {
    for (const entry of LEXICON) for (const parent of entry.parents ?? []) expect(ids, `${entry.id} → ${parent}`).toContain(parent);
    for (const centre of CENTRES) for (const id of centre.knownFor) expect(ids, `${centre.label} → ${id}`).toContain(id);
  });

  it('resolves every GI requirement to an entry, a place or an indication word', () => {
    for (const gi of GEOGRAPHICAL_INDICATIONS) {
      for (const id of gi.requires.flat()) {
        if (id.startsWith('place:')) expect(places.has(placeId(id.slice(6))), `${gi.name}: ${id}`).toBe(true);
        else if (!id.startsWith('term:')) expect(ids, `${gi.name}: ${id}`).toContain(id);
      }
      expect(gi.source.trim()).not.toBe('');
    }
  });

  it('keeps names still in process out of the registered indications', () => {
    const names = GEOGRAPHICAL_INDICATIONS.map((gi) => gi.name);
    for (const pending of ['Gerabah Kasongan Bantul', 'Batik Merawit Cirebon', 'Batik Bakaran Pati']) expect(names).not.toContain(pending);
  });

  it('finds every region an entry is known from in the gazetteer, and makes it known for the entry', () => {
    for (const entry of LEXICON) {
      for (const label of entry.from ?? []) {
        const place = [...places.values()].find((p) => p.label === label || p.terms.has(label.toLowerCase()));
        expect(place, `${entry.id} from ${label}`).toBeDefined();
        expect(place!.knownFor.has(entry.id), `${label} known for ${entry.id}`).toBe(true);
      }
    }
  });

  it('keeps each entry with regions on one line that cites its source', () => {
    let checked = 0;
    for (const file of ['crafts.ts', 'foods.ts', 'instruments.ts', 'techniques.ts']) {
      const text = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8');
      const lines = text.split('\n').filter((line) => /^\s*\{ id: '/.test(line) && line.includes('from: ['));
      for (const line of lines) expect(line, `${file}: ${line.slice(0, 60)}`).toMatch(/\},?\s*\/\/ \S/);
      checked += lines.length;
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('writes programme hashtags as hashtags', () => {
    for (const programme of PROGRAMMES) expect(programme.hashtag).toMatch(/^#[A-Za-z]+$/);
  });
});
