/**
 * The shop's own name repeated in the title ("Flashdisk 32GB Vitya Shop", "SERBASHOP.ID
 * Gantungan…"): the marketplace already shows the shop beside every listing, so the name
 * spends title characters on words buyers do not search for. Shopee's naming guideline
 * asks for no redundant or irrelevant keywords (marketplaces.md §3.1). A tip: it harms
 * no one, and on a brand's own shop the shop name is the brand, which belongs in the title.
 * Needs `listing.shopName`, which adapters fill when the page shows it.
 */
import type { Rule } from '../types';
import { makeFinding, removeFix } from '../finding';
import { findPhrases } from '../text/spans';

const MIN_LETTERS = 4;
const MAX_TOKENS = 12;
// Words that make a name a shop's rather than a brand's.
const SHOP_WORD = /shop|store|toko|grosir|mart\b|official|gallery|galeri|outlet|collection|\.(?:id|com)\b/i;

// Stryker disable next-line StringLiteral: equivalent; the tokens hold only letters and digits, so there is never anything to escape (kept so a future token pattern cannot inject syntax)
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The shop name as a pattern that tolerates case and spacing or punctuation differences ("Vitya-Shop", "VITYA SHOP"). */
function shopNamePattern(shopName: string): RegExp | null {
  // Stryker disable next-line ArrayDeclaration: equivalent; a name with no letters or digits has none to count either way, and the next line gives up on it
  const tokens = shopName.match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_TOKENS) ?? [];
  if ((tokens.join('').match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${tokens.map(escapeRegExp).join('[^\\p{L}\\p{N}]{0,3}')}(?![\\p{L}\\p{N}])`, 'giu');
}

export const titleShopName: Rule<'title-shop-name'> = {
  id: 'title-shop-name',
  messageKeys: ['rule_title_shop_name'],
  check({ listing }) {
    const { title, shopName } = listing;
    // Stryker disable next-line MethodExpression: equivalent; a blank name has no tokens, which shopNamePattern turns down as well
    if (!shopName?.trim()) return [];
    const pattern = shopNamePattern(shopName);
    if (!pattern) return [];
    const shopLike = SHOP_WORD.test(shopName);
    const [match] = findPhrases(title, pattern).filter((found) => {
      if (found.end - found.start >= title.trim().length) return false;
      // A brand's own shop ("Maxie Skincare") opens its titles with the brand: that is the brand, not the shop.
      return shopLike || title.slice(0, found.start).trim() !== '';
    });
    if (!match) return [];
    return [
      makeFinding('title-shop-name', 'tip', 'title', [match.phrase], {
        span: match,
        fix: removeFix('title', title, match, 'fix_remove_shop_name'),
      }),
    ];
  },
};
