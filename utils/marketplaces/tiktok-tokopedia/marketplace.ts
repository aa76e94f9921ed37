/** TikTok Shop by Tokopedia (the merged seller centre): everything Rapi knows about it, each fact's source in the file it comes from. */
import type { Marketplace } from '../marketplace';
import { TIKTOK_TOKOPEDIA_CARDS } from './cards';
import { tiktokTokopediaDetector } from './detect';
import { tiktokTokopediaEditor } from './editor';
import { tiktokTokopedia as profile } from './profile';
import { tiktokTokopediaTagForm } from './tag-form';
import { tiktokTier } from './tier';

export const tiktokTokopediaMarketplace: Marketplace = {
  id: 'tiktok-tokopedia',
  detector: tiktokTokopediaDetector,
  editor: tiktokTokopediaEditor,
  cards: TIKTOK_TOKOPEDIA_CARDS,
  profile,
  tier: tiktokTier,
  tagForm: tiktokTokopediaTagForm,
};
