import { describe, expect, it } from 'vitest';
import { foodRegistrationMalformed } from './food-registration-malformed';
import { listingWith, runRule } from '../../../tests/support/test-listings';

const check = (description: string, title = 'Keripik Singkong Balado 250gr') =>
  runRule(foodRegistrationMalformed, listingWith({ title, description, category: undefined }));

describe('food-registration-malformed', () => {
  it('warns for a P-IRT number that is not 15 digits, with the right format', () => {
    expect(check('P-IRT No. 206350701012')[0]).toMatchObject({
      severity: 'warning',
      params: ['P-IRT No. 206350701012', 'P-IRT No. 1234567890123-45'],
    });
  });

  it('warns for a P-IRT number with an impossible packaging code, and for a short MD number', () => {
    expect(check('PIRT 9063507010123-27')).toHaveLength(1);
    expect(check('BPOM RI MD 2356021692')[0]?.params[1]).toBe('BPOM RI MD 123456789012');
  });

  it('asks for the number when a food listing says BPOM or P-IRT without one', () => {
    expect(check('Sudah BPOM, aman.')[0]).toMatchObject({
      messageKey: 'rule_food_registration_malformed_no_number',
      params: ['BPOM', 'BPOM RI MD 123456789012'],
    });
    expect(check('Sudah ada PIRT ya')[0]?.messageKey).toBe('rule_food_registration_malformed_no_number');
  });

  it('stays quiet for well-formed numbers, volumes in ML, and "BPOM" in a non-food listing', () => {
    expect(check('P-IRT No. 2063507010123-27, BPOM RI MD 235602169254')).toEqual([]);
    expect(check('Isi 500 ML 2 pcs')).toEqual([]);
    expect(check('Sudah BPOM', 'Serum Wajah Niacinamide 20ml')).toEqual([]);
  });

  it('says which number is malformed, and which is missing, with the rule id and a warning', () => {
    expect(check('P-IRT No. 206350701012, Sudah BPOM')).toEqual([
      {
        ruleId: 'food-registration-malformed',
        severity: 'warning',
        field: 'description',
        messageKey: 'rule_food_registration_malformed',
        params: ['P-IRT No. 206350701012', 'P-IRT No. 1234567890123-45'],
        span: { start: 0, end: 22 },
      },
    ]);
    expect(check('Sudah BPOM ya')).toEqual([
      {
        ruleId: 'food-registration-malformed',
        severity: 'warning',
        field: 'description',
        messageKey: 'rule_food_registration_malformed_no_number',
        params: ['BPOM', 'BPOM RI MD 123456789012'],
        span: { start: 6, end: 10 },
      },
    ]);
  });

  it('does not ask for a BPOM number when a P-IRT or MD number is written elsewhere in the text', () => {
    expect(check('Sudah BPOM ya kak. P-IRT No. 2063507010123-27')).toEqual([]);
    expect(check('Sudah terdaftar BPOM ya kak, nomor MD 235602169254')).toEqual([]);
  });

  it('still asks for the BPOM number when only a halal, SNI or empty P-IRT mention is there', () => {
    expect(check('Sudah BPOM dan halal ID31110001294812').map((f) => f.params[0])).toEqual(['BPOM']);
    expect(check('Sudah BPOM, SNI 0096:2007').map((f) => f.params[0])).toEqual(['BPOM']);
    expect(check('Sudah BPOM dan PIRT').map((f) => [f.params[0], f.messageKey])).toEqual([
      ['BPOM', 'rule_food_registration_malformed_no_number'],
      ['PIRT', 'rule_food_registration_malformed_no_number'],
    ]);
  });

  it('reports at most ten numbers per field', () => {
    expect(check(Array.from({ length: 12 }, () => 'P-IRT No. 206350701012').join(', '))).toHaveLength(10);
  });
});
