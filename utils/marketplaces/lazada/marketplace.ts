/** Lazada: everything Rapi knows about it, each fact's source in the file it comes from. */
import type { Marketplace } from '../marketplace';
import { LAZADA_CARDS } from './cards';
import { lazadaDetector } from './detect';
import { lazadaEditor } from './editor';
import { lazada as profile } from './profile';
import { lazadaTagForm } from './tag-form';
import { lazadaTier } from './tier';

export const lazadaMarketplace: Marketplace = {
  id: 'lazada',
  detector: lazadaDetector,
  editor: lazadaEditor,
  cards: LAZADA_CARDS,
  profile,
  tier: lazadaTier,
  tagForm: lazadaTagForm,
};
