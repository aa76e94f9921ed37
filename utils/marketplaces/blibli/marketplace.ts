/** Blibli: everything Rapi knows about it, each fact's source in the file it comes from. */
import type { Marketplace } from '../marketplace';
import { BLIBLI_CARDS } from './cards';
import { blibliDetector } from './detect';
import { blibliEditor } from './editor';
import { blibli as profile } from './profile';
import { blibliTagForm } from './tag-form';

export const blibliMarketplace: Marketplace = {
  id: 'blibli',
  detector: blibliDetector,
  editor: blibliEditor,
  cards: BLIBLI_CARDS,
  profile,
  // Blibli publishes no per-listing score (marketplaces.md §2).
  tier: () => null,
  tagForm: blibliTagForm,
};
