/** Shopee's card adapter: buyer cards on shop and search pages, Seller Centre's product list. */
import { cardAdapter } from '../cards/types';
import { SHOPEE_BUYER_CARDS, SHOPEE_SELLER_CARDS } from './card-selectors';

export const SHOPEE_CARDS = cardAdapter('shopee', { buyer: SHOPEE_BUYER_CARDS, seller: SHOPEE_SELLER_CARDS });
