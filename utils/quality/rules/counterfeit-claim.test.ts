import { describe, expect, it } from 'vitest';
import { counterfeitClaim } from './counterfeit-claim';
import { listingWith, runRule } from '../test-listings';

const claims = (text: string) => runRule(counterfeitClaim, listingWith({ description: text })).map((f) => f.params[0]);

describe('counterfeit-claim', () => {
  it.each([
    ['Sepatu KW super mirip aslinya', 'KW super'],
    ['Tas replika kualitas terbaik', 'replika'],
    ['Jam tangan super copy', 'super copy'],
    ['Kualitas 1:1 dengan ori', 'Kualitas 1:1'],
    ['Sama persis 1:1 dengan original', '1:1 dengan original'],
    ['Mirror quality, ori-like', 'Mirror quality'],
    ['Sneakers grade ori', 'grade ori'],
    ['Tas mirip ori', 'mirip ori'],
    ['Dompet kw 1 murah', 'kw 1'],
  ])('flags %s', (text, phrase) => {
    expect(claims(text)).toContain(phrase);
    expect(runRule(counterfeitClaim, listingWith({ description: text }))[0]).toMatchObject({ severity: 'error' });
  });

  it('offers no fix: removing the word would hide a copy, not make it legal', () => {
    expect(runRule(counterfeitClaim, listingWith({ title: 'Sepatu KW Super Hitam' }))[0]?.fix).toBeUndefined();
  });

  it('stays quiet for ratios, kilowatts, mirrors, batteries and aftermarket parts', () => {
    expect(claims('Foto rasio 1:1, skala 1:1 untuk miniatur')).toEqual([]);
    expect(claims('Genset 5 kW, daya 2000 kw')).toEqual([]);
    expect(claims('Mirror cermin rias LED')).toEqual([]);
    expect(claims('Baterai AAA isi 4')).toEqual([]);
    expect(claims('Kampas rem non ori untuk motor')).toEqual([]);
  });
});
