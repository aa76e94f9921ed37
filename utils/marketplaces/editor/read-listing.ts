/**
 * Reading the listing being edited into plain data. Text fields come from the
 * located elements; the rest (photos, video, category, condition, variants,
 * origin) from the adapter's hooks. A field the page does not show stays
 * undefined and out of `found`, so rules treat it as unknown.
 */
import { readFieldText } from '../../dom/field-kind';
import type { Listing, ListingField } from '../../listing/listing';
import { parseCount, parseRupiah, parseWeightGrams } from '../../listing/parse-numbers';
import { locateFields, queryHook, type LocatedField, type TaughtSelectors } from './find-fields';
import type { EditorAdapter, FieldSource, TextField } from './types';

export interface ListingRead {
  listing: Listing;
  sources: Partial<Record<ListingField, FieldSource>>;
  fields: Partial<Record<TextField, LocatedField>>;
}

const HASHTAG = /(?:^|[\s(])#([\p{L}\p{N}_]{2,60})/gu;
const MAX_READ = 1_000_000;

/** A control's value; for a select, the chosen option's text; for other elements, their text. */
function controlValue(el: Element): string {
  if (el.localName === 'select') {
    const select = el as HTMLSelectElement;
    return select.selectedOptions[0]?.textContent?.trim() ?? select.value;
  }
  if (el.localName === 'input' && ['radio', 'checkbox'].includes((el as HTMLInputElement).type)) {
    return (el as HTMLInputElement).value;
  }
  return readFieldText(el).trim();
}

function conditionOf(text: string): Listing['condition'] {
  if (/^(new|baru)$/i.test(text.trim())) return 'new';
  if (/^(used|bekas|second)$/i.test(text.trim())) return 'used';
  return undefined;
}

function weightOf(text: string, unit: EditorAdapter['weightUnit']): number | undefined {
  if (unit === 'kg' && !/[a-z]/i.test(text)) return parseWeightGrams(`${text} kg`);
  return parseWeightGrams(text);
}

export function readListing(doc: Document, adapter: EditorAdapter, taught: TaughtSelectors = {}): ListingRead {
  const fields = locateFields(doc, adapter, taught);
  const sources: ListingRead['sources'] = {};
  const listing: Listing = { marketplace: adapter.marketplace, title: '' };
  const hook = (name: Parameters<typeof queryHook>[2]) => queryHook(doc, adapter, name);

  for (const [field, located] of Object.entries(fields) as [TextField, LocatedField][]) {
    sources[field] = located.source;
    const text = readFieldText(located.element).slice(0, MAX_READ);
    if (field === 'title')
      listing.title = text; // untrimmed: fixes carry offsets into the field's own text
    else if (field === 'description') listing.description = text;
    else if (field === 'priceIdr') listing.priceIdr = parseRupiah(text);
    else if (field === 'stock') listing.stock = parseCount(text);
    else listing.weightGrams = weightOf(text, adapter.weightUnit);
  }

  // Products with variants keep price and stock per variant; the listing shows the lowest price and the total stock.
  const variantPrices = hook('variantPrice')
    .map((el) => parseRupiah(controlValue(el)))
    .filter((n) => n !== undefined);
  if (listing.priceIdr === undefined && variantPrices.length > 0) {
    listing.priceIdr = Math.min(...variantPrices);
    sources.priceIdr = 'variants';
  }
  const variantStocks = hook('variantStock')
    .map((el) => parseCount(controlValue(el)))
    .filter((n) => n !== undefined);
  if (listing.stock === undefined && variantStocks.length > 0) {
    listing.stock = variantStocks.reduce((sum, n) => sum + n, 0);
    sources.stock = 'variants';
  }

  const setFound = <F extends ListingField>(field: F, value: Listing[F] | undefined, present: boolean) => {
    if (!present) return;
    sources[field] = 'selector';
    if (value !== undefined) (listing as Record<string, unknown>)[field] = value;
  };
  const images = hook('image');
  setFound('imageCount', images.length, adapter.selectors.image !== undefined);
  const video = hook('video');
  setFound(
    'hasVideo',
    video.some((el) => controlValue(el) !== ''),
    video.length > 0,
  );
  const category = hook('category')[0];
  setFound('category', category ? controlValue(category) || undefined : undefined, category !== undefined);
  const condition = hook('condition')[0];
  setFound('condition', condition ? conditionOf(controlValue(condition)) : undefined, condition !== undefined);
  const rows = hook('variantRow');
  setFound('variantCount', rows.length, adapter.selectors.variantRow !== undefined);
  const origin = hook('origin')[0];
  setFound('origin', origin ? controlValue(origin) || undefined : undefined, origin !== undefined);

  if (listing.description !== undefined) {
    listing.hashtags = [...listing.description.matchAll(HASHTAG)].map((m) => m[1]!);
    sources.hashtags = sources.description;
  }
  listing.found = Object.keys(sources) as ListingField[];
  return { listing, sources, fields };
}
