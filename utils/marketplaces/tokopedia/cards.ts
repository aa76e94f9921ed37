/** Tokopedia's card adapter: buyer cards on shop and search pages, product rows in the seller centre. */
import { cardAdapter } from '../cards/types';
import { TOKOPEDIA_BUYER_CARDS, TOKOPEDIA_SELLER_CARDS } from './card-selectors';

export const TOKOPEDIA_CARDS = cardAdapter('tokopedia', { buyer: TOKOPEDIA_BUYER_CARDS, seller: TOKOPEDIA_SELLER_CARDS });
