import { describe, expect, it } from 'vitest';
import { findRegistrations } from './registration-numbers';

const read = (text: string) => findRegistrations(text).map((match) => [match.kind, match.digits, match.wellFormed]);

describe('findRegistrations', () => {
  it('reads P-IRT numbers in their written forms (§3.3)', () => {
    for (const text of ['P-IRT No. 2063507010123-27', 'PIRT 206350701012327', 'P.IRT: 2063507010123-27', 'SPP-IRT No. 2063507010123-27']) {
      expect(read(text)).toEqual([['pirt', '206350701012327', true]]);
    }
    expect(read('P-IRT No. 20635070101')).toEqual([['pirt', '20635070101', false]]);
  });

  it('reads BPOM MD/ML (12 digits) and tells them from volumes', () => {
    expect(read('BPOM RI MD 235602169254')).toEqual([['md-ml', '235602169254', true]]);
    expect(read('ML 235602169254')).toEqual([['md-ml', '235602169254', true]]);
    expect(read('isi 500 ML 2 pcs')).toEqual([]);
  });

  it('reads cosmetic, traditional-medicine, halal, SNI and organic references', () => {
    expect(read('NA18171234567')[0]?.[0]).toBe('bpom-other');
    expect(read('POM TR 123456789')[0]?.[0]).toBe('bpom-other');
    expect(read('ID31110001294812')[0]).toEqual(['halal-id', '31110001294812', true]);
    expect(read('SNI 0096:2007')[0]?.[0]).toBe('sni');
    expect(read('bersertifikat organik')[0]?.[0]).toBe('organic');
  });

  it('marks a KH number and a bare "BPOM" as not well formed', () => {
    expect(read('No KH: 123/2023')[0]).toEqual(['halal-kh', '1232023', false]);
    expect(read('Sudah BPOM')).toEqual([['bpom-mention', '', false]]);
  });

  it('accepts an MD/ML number of 12 to 15 digits, not 11 or 16', () => {
    expect(read('BPOM RI MD 12345678901')).toEqual([['md-ml', '12345678901', false]]);
    expect(read('BPOM RI MD 123456789012345')).toEqual([['md-ml', '123456789012345', true]]);
    expect(read('BPOM RI MD 1234567890123456')).toEqual([['md-ml', '1234567890123456', false]]);
  });

  it('counts "MD" without "BPOM" only before a number of eight digits or more', () => {
    expect(read('MD 12345678')).toEqual([['md-ml', '12345678', false]]);
    expect(read('MD 1234567')).toEqual([]);
    expect(read('BPOM MD 1234567')).toEqual([['md-ml', '1234567', false]]);
  });

  it('ends the phrase before the separators that follow it', () => {
    expect(findRegistrations('Ada P-IRT. ya')).toEqual([
      { start: 4, end: 9, phrase: 'P-IRT', kind: 'pirt', digits: '', wellFormed: false },
    ]);
  });

  it('reports "BPOM" on its own unless it is part of a food registration number', () => {
    expect(read('PIRT 206350701012327, sudah BPOM')).toEqual([
      ['pirt', '206350701012327', true],
      ['bpom-mention', '', false],
    ]);
    expect(read('Sudah BPOM, MD 123456789012')).toEqual([
      ['bpom-mention', '', false],
      ['md-ml', '123456789012', true],
    ]);
    expect(read('BPOM RI MD 235602169254')).toEqual([['md-ml', '235602169254', true]]);
  });

  it('lists the numbers in the order they are written', () => {
    expect(read('SNI 0096:2007, P-IRT No. 2063507010123-27, ID31110001294812, Sudah BPOM').map(([kind]) => kind)).toEqual([
      'sni',
      'pirt',
      'halal-id',
      'bpom-mention',
    ]);
  });
});
