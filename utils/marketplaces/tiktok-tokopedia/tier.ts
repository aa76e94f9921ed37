/** TikTok Shop's Product Information Issue Diagnosis codes Rapi can reproduce (marketplaces.md §2). */
import type { MarketplaceTier, RuleContext } from '../../quality/types';
import { TIKTOK_DIAGNOSIS } from './profile';
import { charLength } from '../../quality/text/measure';
import { unknownOf } from '../../quality/tier-unknown';

export function tiktokTier({ listing, known }: RuleContext): MarketplaceTier {
  const codes: string[] = [];
  const title = charLength(listing.title);
  if (title < TIKTOK_DIAGNOSIS.titleMinTen) codes.push('TITLE_LESS_THAN_TEN_CHARS');
  else if (title < TIKTOK_DIAGNOSIS.titleMinForty) codes.push('TITLE_LESS_THAN_40_CHARACTERS');
  if (known('description')) {
    const text = listing.description ?? '';
    const length = charLength(text);
    if (length < TIKTOK_DIAGNOSIS.descriptionMinFifty) codes.push('DESC_LESS_THAN_FIFTY_CHARS');
    else if (length < TIKTOK_DIAGNOSIS.descriptionMinFiveHundred) codes.push('DESC_LESS_THAN_FIVE_HUNDRED_CHARS');
    if (length > 0 && !/\n|<(?:br|p|li)\b/i.test(text)) codes.push('DESC_NO_NEW_LINE');
  }
  if (listing.imageCount !== undefined && listing.imageCount < TIKTOK_DIAGNOSIS.imagesMin) codes.push('MAIN_IMG_NUMBER_LESS_THAN_FIVE');
  if (listing.stock !== undefined && listing.stock < TIKTOK_DIAGNOSIS.stockMin) codes.push('STOCK_LESS_THAN_FIVE');
  return { kind: 'tiktok-diagnosis', codes, unknown: unknownOf(known, ['description', 'imageCount', 'stock']) };
}
