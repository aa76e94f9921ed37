/**
 * A fixture marketplace, to show that adding one touches one folder and the registry. Files it
 * needed (README.md lists them too): this folder (detect.ts, profile.ts, tier.ts, tag-form.ts,
 * marketplace.ts) and one entry in a registry (`withMarketplaces([...MARKETPLACES, pasarContoh])`
 * in the test; the product's is utils/marketplaces/registry.ts). No editor or card adapter: both
 * are optional, and a marketplace without them is detected and judged but not read.
 */
import type { Marketplace } from '../../../utils/marketplaces/marketplace';
import { pasarContohDetector } from './detect';
import { pasarContohProfile } from './profile';
import { pasarContohTagForm } from './tag-form';
import { pasarContohTier } from './tier';

export const pasarContoh: Marketplace<'pasar-contoh'> = {
  id: 'pasar-contoh',
  detector: pasarContohDetector,
  profile: pasarContohProfile,
  tier: pasarContohTier,
  tagForm: pasarContohTagForm,
};
