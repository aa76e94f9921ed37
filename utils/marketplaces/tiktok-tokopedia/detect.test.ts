/** TikTok Shop by Tokopedia's product pages on shop-id.tokopedia.com (issue 14: they were not recognised). */
import { describe, expect, it } from 'vitest';
import { detectPage } from '../index';
import { publicMatchPatterns, sellerMatchPatterns } from '../match-patterns';
import { hostMatchPatterns } from '../registry';

describe('TikTok Shop product pages', () => {
  it.each([
    'https://shop-id.tokopedia.com/pdp/kopi-arabika-gayo-wine-process-250gr/1731154567051904037?source=anchor',
    'https://shop-id.tokopedia.com/pdp/1731154567051904037',
    'https://SHOP-ID.tokopedia.com/pdp/Kopi-Gayo/1731154567051904037',
  ])('%s is a tiktok-tokopedia product page', (url) => {
    expect(detectPage(url)).toEqual({ marketplace: 'tiktok-tokopedia', kind: 'product' });
  });

  it.each([
    'https://shop-id.tokopedia.com/pdp/kopi-gayo',
    'https://shop-id.tokopedia.com/shop/kopi',
    'http://shop-id.tokopedia.com.evil.example/pdp/1731154567051904037',
  ])('%s is not', (url) => {
    expect(detectPage(url)).toBeNull();
  });

  it('runs the public (shop) content script there, with its host permission, and not the seller one', () => {
    expect(hostMatchPatterns()).toContain('https://shop-id.tokopedia.com/*');
    expect(publicMatchPatterns()).toContain('https://shop-id.tokopedia.com/*');
    expect(sellerMatchPatterns()).not.toContain('https://shop-id.tokopedia.com/*');
    expect(sellerMatchPatterns()).toContain('https://seller-id.tokopedia.com/*');
  });
});
