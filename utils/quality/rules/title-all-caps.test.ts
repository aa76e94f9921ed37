import { describe, expect, it } from 'vitest';
import { titleAllCaps } from './title-all-caps';
import { listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';

describe('title-all-caps', () => {
  it('suggests title case for a shouted title, keeping codes and acronyms', () => {
    const listing = listingWith({ title: 'KAOS POLOS COTTON COMBED 30S UNTUK PRIA LED' });
    const [finding] = runRule(titleAllCaps, listing);
    expect(finding).toMatchObject({ severity: 'tip', field: 'title' });
    expect(applyFix(listing, finding!.fix!)?.title).toBe('Kaos Polos Cotton Combed 30S untuk Pria LED');
  });

  it('stays quiet for normal case, short codes and titles with a few acronyms', () => {
    expect(runRule(titleAllCaps, listingWith({ title: 'Kaos Polos Cotton Combed 30s' }))).toEqual([]);
    expect(runRule(titleAllCaps, listingWith({ title: 'LED TV 43' }))).toEqual([]);
    expect(runRule(titleAllCaps, listingWith({ title: 'Kabel USB OTG Type C untuk HP Samsung' }))).toEqual([]);
  });
});
