import type { TagForm } from '../../../utils/marketplaces/marketplace';

/** Pasar Contoh indexes hashtags and takes at most 3. */
export const pasarContohTagForm: TagForm = { hashtags: true, hashtagLimit: 3 };
