import { describe, expect, it } from 'vitest';
import { titleTooLong } from './title-too-long';
import { listingWith, runRule } from '../../../tests/support/test-listings';

const long = (n: number) => 'Kaos Polos '.repeat(30).slice(0, n);

describe('title-too-long', () => {
  it('is an error only past the 255 characters Tokopedia’s form refuses, marking the part that would be cut', () => {
    const [finding] = runRule(titleTooLong, listingWith({ title: long(260) }, 'tokopedia'));
    expect(finding).toMatchObject({
      severity: 'error',
      messageKey: 'rule_title_too_long',
      params: ['260', '255', 'Tokopedia'],
      span: { start: 255, end: 260 },
    });
  });

  it('accepts Tokopedia titles of 71–100 characters, which live listings carry', () => {
    expect(runRule(titleTooLong, listingWith({ title: long(71) }, 'tokopedia'))).toEqual([]);
    expect(
      runRule(
        titleTooLong,
        listingWith({ title: 'Sepatu Lari Pria Ringan Empuk Sol Karet Anti Slip untuk Jogging dan Gym Ukuran 39-44' }, 'tokopedia'),
      ),
    ).toEqual([]);
  });

  it('gives only a tip past 100 on Tokopedia, where the card cuts the name', () => {
    expect(runRule(titleTooLong, listingWith({ title: long(120) }, 'tokopedia'))[0]).toMatchObject({
      severity: 'tip',
      messageKey: 'rule_title_too_long_tip',
      params: ['120', '100', 'Tokopedia'],
    });
  });

  it('does not count the variant a Tokopedia card appends', () => {
    const seller = 'Kemeja Flanel Pria Lengan Panjang Kotak Kotak Bahan Katun Premium Adem Tidak Gerah Slim Fit';
    expect(seller.length).toBe(91);
    expect(runRule(titleTooLong, listingWith({ title: `${seller} - Merah Marun, XXL` }, 'tokopedia'))).toEqual([]);
  });

  it('is a warning past Shopee’s 100-character quality target', () => {
    expect(runRule(titleTooLong, listingWith({ title: long(120) }))[0]).toMatchObject({
      severity: 'warning',
      params: ['120', '100', 'Shopee'],
    });
  });

  it('is a warning past Lazada’s 150-character content-score target', () => {
    expect(runRule(titleTooLong, listingWith({ title: long(160) }, 'lazada'))[0]).toMatchObject({
      severity: 'warning',
      params: ['160', '150', 'Lazada'],
    });
  });

  it('counts Lazada’s 255-byte limit in UTF-8 bytes', () => {
    const title = `Kaos ${'é'.repeat(130)}`; // 135 characters, 265 bytes
    const [finding] = runRule(titleTooLong, listingWith({ title }, 'lazada'));
    expect(finding).toMatchObject({ severity: 'error', messageKey: 'rule_title_too_long_bytes', params: ['265', '255', 'Lazada'] });
  });

  it('stays quiet within the limit, and on Blibli, which publishes none', () => {
    expect(runRule(titleTooLong, listingWith({ title: long(100) }, 'tokopedia'))).toEqual([]);
    expect(runRule(titleTooLong, listingWith({ title: long(200) }, 'blibli'))).toEqual([]);
  });

  it('names the rule and the title field in every finding', () => {
    expect(runRule(titleTooLong, listingWith({ title: long(260) }, 'tokopedia'))[0]).toMatchObject({
      ruleId: 'title-too-long',
      field: 'title',
    });
    const bytes = runRule(titleTooLong, listingWith({ title: `Kaos ${'é'.repeat(130)}` }, 'lazada'))[0];
    expect(bytes).toMatchObject({ ruleId: 'title-too-long', field: 'title' });
  });

  it('accepts exactly 255 characters on Tokopedia’s form (only the card tip), and refuses 256', () => {
    expect(runRule(titleTooLong, listingWith({ title: long(255) }, 'tokopedia'))).toEqual([
      expect.objectContaining({ severity: 'tip', params: ['255', '100', 'Tokopedia'] }),
    ]);
    expect(runRule(titleTooLong, listingWith({ title: long(256) }, 'tokopedia'))[0]).toMatchObject({
      severity: 'error',
      params: ['256', '255', 'Tokopedia'],
    });
  });

  it('measures the form’s limit on the whole title, appended variant included, and the tip on the seller’s part only', () => {
    const suffix = ' - Merah, XL'; // 12 characters a Tokopedia card appends
    const overForm = long(250) + suffix; // 262 in all, 250 of them the seller's
    expect(runRule(titleTooLong, listingWith({ title: overForm }, 'tokopedia'))).toEqual([
      expect.objectContaining({ severity: 'error', params: ['262', '255', 'Tokopedia'], span: { start: 255, end: 262 } }),
    ]);
    const overCard = long(109) + suffix; // the seller's 109 characters, 121 in all
    expect(runRule(titleTooLong, listingWith({ title: overCard }, 'tokopedia'))).toEqual([
      expect.objectContaining({ severity: 'tip', params: ['109', '100', 'Tokopedia'], span: { start: 100, end: 109 } }),
    ]);
  });

  it('shifts the marked part past leading spaces, so it covers the characters that would be cut', () => {
    const [finding] = runRule(titleTooLong, listingWith({ title: `   ${long(260)}  ` }, 'tokopedia'));
    expect(finding).toMatchObject({ severity: 'error', params: ['260', '255', 'Tokopedia'], span: { start: 258, end: 263 } });
  });

  it('accepts exactly Lazada’s 255 bytes, and refuses 256', () => {
    expect(runRule(titleTooLong, listingWith({ title: `Kaos ${'é'.repeat(125)}` }, 'lazada'))).toEqual([]); // 255 bytes
    expect(runRule(titleTooLong, listingWith({ title: `Kaos ${'é'.repeat(125)}a` }, 'lazada'))[0]).toMatchObject({
      severity: 'error',
      messageKey: 'rule_title_too_long_bytes',
      params: ['256', '255', 'Lazada'],
    });
  });

  it('says only the character limit when a Lazada title is over both it and the byte limit', () => {
    const findings = runRule(titleTooLong, listingWith({ title: `Kaos ${'é'.repeat(150)}` }, 'lazada')); // 155 characters, 305 bytes
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'warning', messageKey: 'rule_title_too_long', params: ['155', '150', 'Lazada'] }),
    ]);
  });
});
