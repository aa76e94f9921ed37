import { describe, expect, it } from 'vitest';
import { titleTooLong } from './title-too-long';
import { listingWith, runRule } from '../test-listings';

const long = (n: number) => 'Kaos Polos '.repeat(20).slice(0, n);

describe('title-too-long', () => {
  it('is an error past Tokopedia’s 70 characters and marks the part that would be cut', () => {
    const [finding] = runRule(titleTooLong, listingWith({ title: long(80) }, 'tokopedia'));
    expect(finding).toMatchObject({ severity: 'error', params: ['80', '70', 'Tokopedia'], span: { start: 70, end: 80 } });
  });

  it('is a warning past Shopee’s 100-character quality target', () => {
    expect(runRule(titleTooLong, listingWith({ title: long(120) }))[0]).toMatchObject({ severity: 'warning', params: ['120', '100', 'Shopee'] });
  });

  it('counts Lazada’s 255-byte limit in UTF-8 bytes', () => {
    const title = `Kaos ${'é'.repeat(130)}`; // 135 characters, 265 bytes
    const [finding] = runRule(titleTooLong, listingWith({ title }, 'lazada'));
    expect(finding).toMatchObject({ severity: 'error', messageKey: 'rule_title_too_long_bytes', params: ['265', '255', 'Lazada'] });
  });

  it('stays quiet within the limit, and on Blibli, which publishes none', () => {
    expect(runRule(titleTooLong, listingWith({ title: long(70) }, 'tokopedia'))).toEqual([]);
    expect(runRule(titleTooLong, listingWith({ title: long(200) }, 'blibli'))).toEqual([]);
  });
});
