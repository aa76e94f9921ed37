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

  it('needs ten cased letters, at most one in ten of them small', () => {
    const caps = (title: string) => runRule(titleAllCaps, listingWith({ title })).length;
    expect(caps('TV LED 4K UHD')).toBe(0);
    expect(caps('TV LED 4K UHDR')).toBe(1);
    expect(caps('KAOS POLOS KATUN HITA 30cm')).toBe(1);
    expect(caps('KAOS POLOS KATUN HIT 30cm')).toBe(0);
  });

  it('says nothing more than the tip, and offers no fix when title case would change nothing', () => {
    const [finding] = runRule(titleAllCaps, listingWith({ title: 'LED USB HDMI SSD RGB OLED' }));
    expect(finding).toMatchObject({ params: [] });
    expect(finding?.fix).toBeUndefined();
  });

  it('judges only the first 1,000 characters, as no marketplace takes more', () => {
    const title = `${'KAOS POLOS '.repeat(100)}${'kaos polos '.repeat(100)}`;
    expect(runRule(titleAllCaps, listingWith({ title }))).toHaveLength(1);
  });
});
