/** Tokopedia's seller centre and public pages: everything Rapi knows about it, each fact's source in the file it comes from. */
import type { Marketplace } from '../marketplace';
import { TOKOPEDIA_CARDS } from './cards';
import { tokopediaDetector } from './detect';
import { tokopediaEditor } from './editor';
import { tokopedia as profile } from './profile';
import { tokopediaTagForm } from './tag-form';
import { tokopediaTier } from './tier';

export const tokopediaMarketplace: Marketplace = {
  id: 'tokopedia',
  detector: tokopediaDetector,
  editor: tokopediaEditor,
  cards: TOKOPEDIA_CARDS,
  profile,
  tier: tokopediaTier,
  tagForm: tokopediaTagForm,
};
