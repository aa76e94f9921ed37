import { describe, expect, it } from 'vitest';
import { halalClaimUnverified } from './halal-claim-unverified';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

const check = (description: string) => runRule(halalClaimUnverified, listingWith({ title: 'Abon Sapi Original 100gr', description }));

describe('halal-claim-unverified', () => {
  it('warns for a halal claim with no BPJPH certificate number', () => {
    const [finding] = check('Dijamin halal dan enak.');
    expect(finding).toMatchObject({ severity: 'warning', field: 'description', span: { start: 8, end: 13 } });
  });

  it('warns when the KH number is shown instead of the certificate', () => {
    expect(check('Halal, No KH: 123/BPJPH/2023')[0]).toMatchObject({ messageKey: 'rule_halal_claim_unverified_kh' });
  });

  it('points at the KH number itself, naming it in the message', () => {
    const description = 'Sudah halal. BPOM RI MD 235602169254. No KH: 0145/2023';
    expect(check(description)).toEqual([
      {
        ruleId: 'halal-claim-unverified',
        severity: 'warning',
        field: 'description',
        messageKey: 'rule_halal_claim_unverified_kh',
        params: ['KH: 0145/2023'],
        span: { start: 41, end: 54 },
      },
    ]);
  });

  it('a BPOM number is no halal certificate: the claim itself is reported, with no number to name', () => {
    expect(check('Dijamin halal. BPOM RI MD 235602169254')).toEqual([
      {
        ruleId: 'halal-claim-unverified',
        severity: 'warning',
        field: 'description',
        messageKey: 'rule_halal_claim_unverified',
        params: [],
        span: { start: 8, end: 13 },
      },
    ]);
  });

  it('stays quiet with a certificate number, for non-halal statements and halal bihalal', () => {
    expect(check('Halal, sertifikat ID31110001294812')).toEqual([]);
    expect(check('Sudah bersertifikat Halal MUI No. 00150093221019, BPOM RI MD 235602169254')).toEqual([]);
    expect(check('Produk non-halal, mengandung babi.')).toEqual([]);
    expect(check('Hampers untuk halal bihalal kantor.')).toEqual([]);
  });

  it('stays quiet when the description is unknown (the number may be there)', () => {
    expect(runRule(halalClaimUnverified, minimalListing('Abon Sapi Halal 100gr'))).toEqual([]);
  });
});
