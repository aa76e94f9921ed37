import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { findLookalikeBrands } from './brand-lookalikes';
import { CLONED_BRANDS, NOT_LOOKALIKES } from '../cloned-brands';
import { loadRealListings, skipMessage } from '../../../tests/eval/real-listings';

const found = (text: string) => findLookalikeBrands(text).map((match) => [match.phrase, match.brand, match.trick]);

describe('findLookalikeBrands', () => {
  it('finds digit, case and letter tricks as deliberate', () => {
    expect(found('0PP0 A78')).toEqual([['0PP0', 'oppo', true]]);
    expect(found('lNFINX Hot 40')).toEqual([['lNFINX', 'infinix', true]]);
    expect(found('VIVQ Y36')).toEqual([['VIVQ', 'vivo', true]]);
    expect(found('AppIe Watch')).toEqual([['AppIe', 'apple', true]]);
    expect(found('NlKE Air')).toEqual([['NlKE', 'nike', true]]);
  });

  it('finds plain one-letter misspellings of long brands as possible slips', () => {
    expect(found('SANSUMG Galaxy')).toEqual([['SANSUMG', 'samsung', false]]);
    expect(found('Huawai Nova 12')).toEqual([['Huawai', 'huawei', false]]);
    expect(found('Xiaomy Redmi 13C')).toEqual([]);
    expect(found('Samsng A15')).toEqual([['Samsng', 'samsung', false]]);
  });

  it('leaves correct brands, model numbers, short words and plurals alone', () => {
    for (const text of [
      'SAMSUNG samsung Samsung iPhone IPHONE',
      'A54 S24U V2250 RTX4090 1080p 5G',
      'Viva Oppa Sony Nice Puma Vans',
      'iPhones AirPod Macbooks',
      'Sketchers Phillips Philip',
      'Politron Panasonik',
    ]) {
      expect(found(text)).toEqual([]);
    }
  });

  it('reports a misspelling used as search bait beside the right spelling, and a letter added', () => {
    expect(found('Flashdisk TOSHIBA TOSIBA 64GB')).toEqual([['TOSIBA', 'toshiba', false]]);
    expect(found('Flashdisk Kingstone 32GB')).toEqual([['Kingstone', 'kingston', false]]);
  });

  it('finds digit tricks in a case brand and in a short brand with its line', () => {
    expect(found('Caset1fy Pink Marble')).toEqual([['Caset1fy', 'casetify', true]]);
    expect(found('Sepatu 0n Cloud Monster')).toEqual([['0n', 'on', true]]);
    expect(found('Sepatu On Cloud Monster')).toEqual([]);
  });

  it.each([
    ['S4MSNG A15', 'S4MSNG', 'samsung'],
    ['MQTORLA Edge 50', 'MQTORLA', 'motorola'],
    ['SamsIng Galaxy', 'SamsIng', 'samsung'],
    ['H4WEI Nova 12', 'H4WEI', 'huawei'],
    ['XlAMI Redmi 13C', 'XlAMI', 'xiaomi'],
    ['Kemeja 2ARA Slim Fit', '2ARA', 'zara'],
  ])('a digit or look-alike letter with one more edit is still a deliberate look-alike: %s', (text, phrase, brand) => {
    expect(found(text)).toEqual([[phrase, brand, true]]);
  });

  it('a plain spelling with capitals where a name has them is no trick', () => {
    // Capital I at the start is the letter I; "OnePlos" has an l where OnePlus has one.
    expect(found('Infinx Hot 40')).toEqual([['Infinx', 'infinix', false]]);
    expect(found('OnePlos Nord')).toEqual([['OnePlos', 'oneplus', false]]);
  });

  it('keeps the first letter: a digit trick that also changes it is no look-alike', () => {
    expect(found('X4MSUNG Galaxy')).toEqual([]);
  });

  it('leaves numbers and correctly accented brands alone', () => {
    // 715507 spells TISSOT in look-alike digits, but a word without letters is a number.
    expect(found('Kode 715507 Seri 4400')).toEqual([]);
    expect(found('Lancôme Hydra Zen')).toEqual([]);
  });

  it('gives each look-alike its place in the text, in reading order', () => {
    const text = 'Sepatu 0n Cloud X, mirip Nlke dan 4D1DAS';
    expect(findLookalikeBrands(text)).toEqual([
      { start: 7, end: 9, phrase: '0n', brand: 'on', trick: true },
      { start: 25, end: 29, phrase: 'Nlke', brand: 'nike', trick: true },
      { start: 34, end: 40, phrase: '4D1DAS', brand: 'adidas', trick: true },
    ]);
  });

  it('keeps every excluded word out of the brand list', () => {
    const brands = new Set(Object.values(CLONED_BRANDS).flat());
    expect(NOT_LOOKALIKES.filter((word) => brands.has(word))).toEqual([]);
  });

  it('reads English words as words: only a handful of rare ones look like a brand', { timeout: 60_000 }, () => {
    const require = createRequire(import.meta.url);
    const words = require('an-array-of-english-words') as string[];
    const hits = words.flatMap((word) => findLookalikeBrands(word).map((match) => `${word}→${match.brand}`));
    // Rare words one letter from a long brand; none is a word a seller would put in a title.
    expect(hits.length).toBeLessThanOrEqual(8);
  });

  const real = loadRealListings();
  it.skipIf(!real)(
    `finds only disguised brands in real descriptions, no ordinary words (${real ? 'real listings' : skipMessage()})`,
    () => {
      const hits = (real ?? []).flatMap((row) => findLookalikeBrands(row.description ?? ''));
      expect(hits.filter((match) => !match.trick).map((match) => match.phrase)).toEqual([]);
    },
  );

  it('finds every look-alike in a long title (speed is measured by npm run bench)', () => {
    const text = 'S4MSUNG Samsng Vivo 0PP0 '.repeat(4_000);
    expect(findLookalikeBrands(text)).toHaveLength(12_000);
  });
});
