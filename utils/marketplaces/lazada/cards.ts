/** Lazada's card adapter: buyer cards on shop and search pages, Seller Center's product table. */
import { cardAdapter } from '../cards/types';
import { LAZADA_BUYER_CARDS, LAZADA_SELLER_CARDS } from './card-selectors';

export const LAZADA_CARDS = cardAdapter('lazada', { buyer: LAZADA_BUYER_CARDS, seller: LAZADA_SELLER_CARDS });
