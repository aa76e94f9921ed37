/** Shopee: everything Rapi knows about it, each fact's source in the file it comes from. */
import type { Marketplace } from '../marketplace';
import { SHOPEE_CARDS } from './cards';
import { shopeeDetector } from './detect';
import { shopeeEditor } from './editor';
import { shopee as profile } from './profile';
import { shopeeTagForm } from './tag-form';
import { shopeeTier } from './tier';

export const shopeeMarketplace: Marketplace = {
  id: 'shopee',
  detector: shopeeDetector,
  editor: shopeeEditor,
  cards: SHOPEE_CARDS,
  profile,
  tier: shopeeTier,
  tagForm: shopeeTagForm,
};
