import { describe, expect, it } from 'vitest';
import { titleForbiddenCharacters } from './title-forbidden-characters';
import { listingWith, runRule } from '../test-listings';
import { applyFix } from '../fix';

describe('title-forbidden-characters', () => {
  it('flags Lazada’s refused characters and removes them', () => {
    const listing = listingWith({ title: 'Kaos Polos <Hitam> | Katun' }, 'lazada');
    const findings = runRule(titleForbiddenCharacters, listing);
    expect(findings.map((f) => f.params[0])).toEqual(['<', '>', '|']);
    expect(findings[0]).toMatchObject({ severity: 'error', params: ['<', 'Lazada'] });
    expect(applyFix(listing, findings[2]!.fix!)?.title).toBe('Kaos Polos <Hitam> Katun');
  });

  it('flags Chinese characters on TikTok Shop', () => {
    expect(runRule(titleForbiddenCharacters, listingWith({ title: 'Kaos Polos 纯棉 Hitam' }, 'tiktok-tokopedia'))[0]?.params[0]).toBe('纯棉');
  });

  it('stays quiet where the marketplace refuses nothing, and for clean titles', () => {
    expect(runRule(titleForbiddenCharacters, listingWith({ title: 'Kaos <Hitam>' }, 'shopee'))).toEqual([]);
    expect(runRule(titleForbiddenCharacters, listingWith({ title: 'Kaos Polos Hitam' }, 'lazada'))).toEqual([]);
  });
});
