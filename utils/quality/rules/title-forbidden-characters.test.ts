import { describe, expect, it } from 'vitest';
import { titleForbiddenCharacters } from './title-forbidden-characters';
import { listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';

describe('title-forbidden-characters', () => {
  it('accepts `|` between spec items and `"` as the inch mark on Lazada, which live titles carry', () => {
    expect(runRule(titleForbiddenCharacters, listingWith({ title: 'Monitor LED 24" FHD | IPS | 75Hz | HDMI' }, 'lazada'))).toEqual([]);
  });

  it('gives a tip, saying it is the upload API, for the other characters Lazada’s API refuses, and removes them', () => {
    const listing = listingWith({ title: 'Kaos Polos <Hitam> ~ Katun' }, 'lazada');
    const findings = runRule(titleForbiddenCharacters, listing);
    expect(findings.map((f) => f.params[0])).toEqual(['<', '>', '~']);
    expect(findings[0]).toMatchObject({ severity: 'tip', messageKey: 'rule_title_forbidden_characters_api', params: ['<', 'Lazada'] });
    expect(applyFix(listing, findings[2]!.fix!)?.title).toBe('Kaos Polos <Hitam> Katun');
  });

  it('flags Chinese characters on TikTok Shop', () => {
    expect(runRule(titleForbiddenCharacters, listingWith({ title: 'Kaos Polos 纯棉 Hitam' }, 'tiktok-tokopedia'))[0]).toMatchObject({
      severity: 'error',
      messageKey: 'rule_title_forbidden_characters',
      params: ['纯棉', 'TikTok Shop by Tokopedia'],
    });
  });

  it('stays quiet where the marketplace refuses nothing, and for clean titles', () => {
    expect(runRule(titleForbiddenCharacters, listingWith({ title: 'Kaos <Hitam>' }, 'shopee'))).toEqual([]);
    expect(runRule(titleForbiddenCharacters, listingWith({ title: 'Kaos Polos Hitam' }, 'lazada'))).toEqual([]);
  });
});
