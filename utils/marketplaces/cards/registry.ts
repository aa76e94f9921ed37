/** Every marketplace's card adapter, by id: read from the registry (each marketplace's `cards`). */
import { MARKETPLACES } from '../registry';
import type { MarketplaceId } from '../types';
import type { CardAdapter } from './types';

export const CARD_ADAPTERS: Partial<Record<MarketplaceId, CardAdapter>> = Object.fromEntries(
  MARKETPLACES.flatMap((m) => (m.cards ? [[m.id, m.cards]] : [])),
);
