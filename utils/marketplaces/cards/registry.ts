/** Every marketplace's card adapter, by id. */
import type { MarketplaceId } from '../types';
import { BLIBLI_CARDS } from '../blibli/cards';
import { LAZADA_CARDS } from '../lazada/cards';
import { SHOPEE_CARDS } from '../shopee/cards';
import { TIKTOK_TOKOPEDIA_CARDS } from '../tiktok-tokopedia/cards';
import { TOKOPEDIA_CARDS } from '../tokopedia/cards';
import type { CardAdapter } from './types';

export const CARD_ADAPTERS: Record<MarketplaceId, CardAdapter> = {
  tokopedia: TOKOPEDIA_CARDS,
  'tiktok-tokopedia': TIKTOK_TOKOPEDIA_CARDS,
  shopee: SHOPEE_CARDS,
  lazada: LAZADA_CARDS,
  blibli: BLIBLI_CARDS,
};
