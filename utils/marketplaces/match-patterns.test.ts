import { describe, expect, it } from 'vitest';
import { publicMatchPatterns, sellerMatchPatterns } from './match-patterns';
import { hostMatchPatterns } from './registry';
import { detectPage } from './index';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages';

describe('content-script match patterns', () => {
  it('split the marketplace hosts into seller dashboards and public pages, with nothing left over', () => {
    const seller = sellerMatchPatterns();
    const pub = publicMatchPatterns();
    expect(seller.filter((p) => pub.includes(p))).toEqual([]);
    expect([...seller, ...pub].sort()).toEqual([...hostMatchPatterns()].sort());
  });

  it('are https-only patterns of exact hosts, never wildcards', () => {
    for (const pattern of hostMatchPatterns()) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('cover every fixture page with the right content script', () => {
    const covers = (patterns: string[], url: string) => patterns.some((p) => p.slice(0, -1) === url.slice(0, p.length - 1));
    for (const page of FIXTURE_PAGES) {
      const sellerKind = page.kind === 'listing-editor' || page.kind === 'product-list';
      expect(covers(sellerKind ? sellerMatchPatterns() : publicMatchPatterns(), page.url), page.url).toBe(true);
      expect(detectPage(page.url)).toEqual({ marketplace: page.marketplace, kind: page.kind });
    }
  });
});
