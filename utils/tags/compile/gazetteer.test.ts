import { describe, expect, it } from 'vitest';
import { buildGazetteer, placeId, placeKey, placeTrust } from './gazetteer';

describe('buildGazetteer', () => {
  // Built inside each test (not once for the file), so every test exercises the building.
  const place = (term: string) => buildGazetteer().byTerm.get(term);

  it('knows a kabupaten as a specific place, says which province it lies in, and knows it for nothing yet', () => {
    expect(place('merauke')).toEqual({
      id: 'place:merauke',
      label: 'Merauke',
      terms: new Set(['merauke']),
      within: 'Kab. Merauke, Papua Selatan',
      knownFor: new Set(),
      broad: false,
    });
  });

  it('knows a kota the same way ("Kota Sabang, Aceh")', () => {
    expect(place('sabang')).toMatchObject({ id: 'place:sabang', label: 'Sabang', within: 'Kota Sabang, Aceh', broad: false });
  });

  it('knows a province as a broad place in Indonesia, by its short name and its full one', () => {
    expect(place('dki jakarta')).toEqual({
      id: 'place:jakarta',
      label: 'Jakarta',
      terms: new Set(['jakarta', 'dki jakarta']),
      within: 'Indonesia',
      knownFor: new Set(),
      broad: true,
    });
    const { byTerm } = buildGazetteer();
    expect(byTerm.get('jakarta')).toBe(byTerm.get('dki jakarta'));
    expect(place('jawa timur')).toMatchObject({ label: 'Jawa Timur', within: 'Indonesia', broad: true });
  });

  it('takes a province that is also a kabupaten, a kota or a centre as a specific place (Gorontalo, Yogyakarta)', () => {
    expect(place('gorontalo')?.broad).toBe(false);
    expect(place('yogyakarta')?.broad).toBe(false);
    expect(place('di yogyakarta')?.id).toBe('place:yogyakarta');
  });

  it('keeps a centre under its own label and place, with what it is known for', () => {
    expect(place('lasem')).toMatchObject({ label: 'Lasem', within: 'Kab. Rembang', knownFor: new Set(['batik']) });
  });

  it('adds no nameless place for a province without a kota (Papua Selatan)', () => {
    const gazetteer = buildGazetteer();
    expect(gazetteer.byTerm.has('')).toBe(false);
    expect(gazetteer.places.has('place:')).toBe(false);
  });

  it('points a short spelling at the same place ("Fakfak" is Fak Fak)', () => {
    const { byTerm } = buildGazetteer();
    expect(byTerm.get('fakfak')).toBe(byTerm.get('fak fak'));
    expect(byTerm.get('fakfak')?.label).toBe('Fak Fak');
  });

  it('adds a lexicon entry to the places it names, and skips a place it does not know, without failing', () => {
    const withEntries = buildGazetteer(undefined, [{ id: 'madu-test', from: ['Merauke', 'Atlantis'] }, { id: 'no-origin' }]);
    expect(withEntries.byTerm.get('merauke')?.knownFor).toEqual(new Set(['madu-test']));
    // The gazetteer built without entries is not touched.
    expect(place('merauke')?.knownFor).toEqual(new Set());
  });
});

describe('placeKey and placeId', () => {
  it('key a place name the way the tokenizer keys its words', () => {
    expect(placeKey('Kab. Fak-Fak')).toBe('kab fak fak');
    expect(placeId('Jogja')).toBe('place:yogyakarta');
  });
});

describe('placeTrust', () => {
  it('trusts a one-word place name that is a common word only after an origin word ("batu": stone, Kota Batu)', () => {
    expect(placeTrust(['batu'])).toBe('strict');
    expect(placeTrust(['kuningan'])).toBe('strict');
  });

  it('trusts a name that is also a dish or a word after a product or an origin word ("Rendang Padang")', () => {
    expect(placeTrust(['padang'])).toBe('adjacent');
    expect(placeTrust(['tegal'])).toBe('adjacent');
  });

  it('trusts any other name wherever it stands', () => {
    expect(placeTrust(['pekalongan'])).toBe('free');
  });

  it('trusts a name of two or more words wherever it stands, even when its first word is a common word', () => {
    expect(placeTrust(['batu', 'bara'])).toBe('free');
    expect(placeTrust(['padang', 'lawas'])).toBe('free');
  });
});
