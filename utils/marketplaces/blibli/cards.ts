/** Blibli's card adapter: buyer cards on merchant and search pages, the MTA seller centre's product table. */
import { cardAdapter } from '../cards/types';
import { BLIBLI_BUYER_CARDS, BLIBLI_SELLER_CARDS } from './card-selectors';

export const BLIBLI_CARDS = cardAdapter('blibli', { buyer: BLIBLI_BUYER_CARDS, seller: BLIBLI_SELLER_CARDS });
