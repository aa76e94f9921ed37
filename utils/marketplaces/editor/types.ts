/**
 * What a marketplace adapter knows about its add/edit product page: CSS hooks,
 * each with the fixtures it must match and how often (checked by a meta-test),
 * plus the few facts the hooks cannot say (units).
 */
import type { ListingField } from '../../listing/listing';
import type { MarketplaceId } from '../types';

/** The page elements an editor adapter looks for. Text hooks map onto writable listing fields. */
export const EDITOR_HOOKS = [
  'title',
  'description',
  'price',
  'stock',
  'weight',
  'variantPrice',
  'variantStock',
  'variantRow',
  'image',
  'video',
  'category',
  'condition',
  'origin',
  'save',
] as const;
export type EditorHook = (typeof EDITOR_HOOKS)[number];

export interface HookSpec {
  /** Tried in order; the first that matches anything wins. Prefer data-testid, ids and names over hashed classes. */
  selectors: readonly string[];
  /** Fixture files (relative to tests/fixtures/) and how many elements the winning selector finds there. */
  expect: readonly { fixture: string; count: number }[];
}

export type EditorSelectors = Partial<Record<EditorHook, HookSpec>>;

export interface EditorAdapter {
  marketplace: MarketplaceId;
  selectors: EditorSelectors;
  /** The unit the weight field is entered in. */
  weightUnit: 'g' | 'kg';
}

/** Writable text fields: what the label fallback, teach mode and insertion deal with. */
export const TEXT_FIELDS = ['title', 'description', 'priceIdr', 'stock', 'weightGrams'] as const satisfies readonly ListingField[];
export type TextField = (typeof TEXT_FIELDS)[number];

export const HOOK_OF_TEXT_FIELD: Record<TextField, EditorHook> = {
  title: 'title',
  description: 'description',
  priceIdr: 'price',
  stock: 'stock',
  weightGrams: 'weight',
};

/** Where a field's element came from, for the panel and for trust: a label guess is shown as such. */
export type FieldSource = 'selector' | 'taught' | 'label' | 'variants' | 'missing';
