import { describe, expect, it } from 'vitest';
import { unprovenClaim } from './unproven-claim';
import { listingWith, minimalListing, runRule } from '../test-listings';

const check = (description: string, title = 'Madu Hutan Asli Kalimantan 500 gram') => runRule(unprovenClaim, listingWith({ title, description }));

describe('unproven-claim', () => {
  it('cure claims are errors', () => {
    expect(check('Madu ini menyembuhkan diabetes, obat segala penyakit.').map((f) => [f.params[0], f.severity])).toEqual([
      ['menyembuhkan', 'error'],
      ['obat segala penyakit', 'error'],
    ]);
  });

  it('rankings and 100% claims are warnings', () => {
    const findings = check('Madu No. 1 di Indonesia, 100% alami, terbaik se-Indonesia.');
    expect(findings.map((f) => [f.params[0], f.severity])).toEqual([
      ['No. 1 di Indonesia', 'warning'],
      ['terbaik se-Indonesia', 'warning'],
      ['100% alami', 'warning'],
    ]);
  });

  it('a registration number softens 100% claims to a tip; an organic certificate silences organic ones', () => {
    expect(check('100% alami. BPOM RI MD 235602169254')[0]).toMatchObject({ severity: 'tip', messageKey: 'rule_unproven_claim_certified' });
    expect(check('100% organik, bersertifikat organik Indonesia.')).toEqual([]);
  });

  it('is a tip when the description is unknown, since a number may be there', () => {
    expect(runRule(unprovenClaim, minimalListing('Teh Hijau 100% Alami 50 gram'))[0]?.severity).toBe('tip');
  });

  it('stays quiet for sizes named "No. 1", materials and ordinary praise', () => {
    expect(check('Kuas lukis no. 1, bahan 100% katun, kualitas terbaik.', 'Kuas Lukis Nomor 1 Set Isi 12')).toEqual([]);
  });
});
