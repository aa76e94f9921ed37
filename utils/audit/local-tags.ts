/**
 * What the tag suggester says about a card's title, reduced to what a mentor counts: the local
 * tags the title already earns, whether an Indonesian product hides its origin, and whether it
 * reads as an import. An import earns nothing local, whatever else its title says.
 */
import type { Listing } from '../listing/listing';
import { LEXICON } from '../tags/compile/build-index';
import { importSignals, suggestTags, type TagSuggestion } from '../tags/index';

/** Above the suggester's default of 10, so programme tags never push a product or origin tag out. */
const ALL = 100;

/** Indonesian product types and techniques (batik, rendang, tenun ATBM), by kind and label as suggested. */
const LOCAL_ENTRIES = new Set(LEXICON.filter((entry) => entry.local).map((entry) => `${entry.kind}:${entry.label}`));
const isLocalEntry = (tag: TagSuggestion) => LOCAL_ENTRIES.has(`${tag.kind}:${tag.label}`);

/**
 * Origins and registered indications always say where the product is from; a technique only when
 * it is an Indonesian one: "Motif Batik (Printing)" on a phone case earns nothing local.
 */
const earnsLocal = (tag: TagSuggestion) => tag.kind === 'origin' || tag.kind === 'gi' || (tag.kind === 'technique' && isLocalEntry(tag));
const inTitle = (tag: TagSuggestion) => tag.reason.some((reason) => reason.field === 'title');

export interface LocalReading {
  localTags: string[];
  missingLocal: boolean;
  importSignals: boolean;
}

export function readLocal(listing: Listing): LocalReading {
  if (importSignals(listing).length > 0) return { localTags: [], missingLocal: false, importSignals: true };
  const tags = suggestTags(listing, { limit: ALL }).filter(inTitle);
  const localTags = [...new Set(tags.filter(earnsLocal).map((tag) => tag.label))];
  const namesLocalProduct = tags.some((tag) => tag.kind === 'product' && isLocalEntry(tag));
  return { localTags, missingLocal: namesLocalProduct && localTags.length === 0, importSignals: false };
}
