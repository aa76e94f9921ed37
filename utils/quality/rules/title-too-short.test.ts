import { describe, expect, it } from 'vitest';
import { titleTooShort } from './title-too-short';
import { listingWith, runRule } from '../../../tests/support/test-listings';

describe('title-too-short', () => {
  it('warns below Shopee’s 25-character target, with the length and the target', () => {
    const [finding] = runRule(titleTooShort, listingWith({ title: 'Kaos polos hitam' }));
    expect(finding).toMatchObject({ severity: 'warning', field: 'title', params: ['16', '25', 'Shopee'] });
  });

  it('is an error under TikTok Shop’s hard minimum of 25 and a warning under its 40 target', () => {
    expect(runRule(titleTooShort, listingWith({ title: 'Kaos polos hitam' }, 'tiktok-tokopedia'))[0]).toMatchObject({
      severity: 'error',
      params: ['16', '25', 'TikTok Shop by Tokopedia'],
    });
    expect(runRule(titleTooShort, listingWith({ title: 'Kaos polos hitam katun combed 30s' }, 'tiktok-tokopedia'))[0]).toMatchObject({
      severity: 'warning',
      params: ['33', '40', 'TikTok Shop by Tokopedia'],
    });
  });

  it('counts trimmed characters, so padding does not pass a short title', () => {
    expect(runRule(titleTooShort, listingWith({ title: `   Kaos polos hitam${' '.repeat(30)}` }))[0]?.params[0]).toBe('16');
  });

  it('stays quiet for a title at or above the target', () => {
    expect(runRule(titleTooShort, listingWith({ title: 'Kaos Polos Katun Combed 30s Hitam' }))).toEqual([]);
  });

  it('on Tokopedia warns under 20 characters and only tips under the third-party 40', () => {
    expect(runRule(titleTooShort, listingWith({ title: 'Jaket Bomber Pria' }, 'tokopedia'))[0]).toMatchObject({
      severity: 'warning',
      params: ['17', '20', 'Tokopedia'],
    });
    expect(runRule(titleTooShort, listingWith({ title: 'Xiaomi Redmi 13C 4/128GB Hitam' }, 'tokopedia'))[0]).toMatchObject({
      severity: 'tip',
      params: ['30', '40', 'Tokopedia'],
    });
    expect(runRule(titleTooShort, listingWith({ title: 'Xiaomi Redmi 13C 4/128GB Garansi Resmi Hitam' }, 'tokopedia'))).toEqual([]);
  });

  it('is only a tip on Blibli, where the number is borrowed', () => {
    expect(runRule(titleTooShort, listingWith({ title: 'Kaos polos' }, 'blibli'))[0]?.severity).toBe('tip');
  });
});
