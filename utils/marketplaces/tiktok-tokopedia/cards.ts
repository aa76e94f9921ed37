/** TikTok Shop by Tokopedia's card adapter: only the seller centre, whose product list is a table. */
import { cardAdapter } from '../cards/types';
import { TIKTOK_TOKOPEDIA_SELLER_CARDS } from './card-selectors';

export const TIKTOK_TOKOPEDIA_CARDS = cardAdapter('tiktok-tokopedia', { seller: TIKTOK_TOKOPEDIA_SELLER_CARDS });
