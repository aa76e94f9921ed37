/** Human names for the detector's identifiers, through the locale files. */
import type { MarketplaceId, PageKind } from '../marketplaces/types';
import { t, type Language, type MessageKey } from './translate';

export function marketplaceName(language: Language, id: MarketplaceId): string {
  return t(language, `marketplace_${id.replace(/-/g, '_')}` as MessageKey);
}

export function pageKindName(language: Language, kind: PageKind): string {
  return t(language, `pageKind_${kind.replace(/-/g, '_')}` as MessageKey);
}
