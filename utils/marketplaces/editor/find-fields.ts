/**
 * Locating the listing's writable fields on an add/edit page: the adapter's own
 * selectors first, then what the user taught Rapi for this marketplace, then the
 * visible labels. A selector that throws (a typo, or an engine that lacks `:has`)
 * counts as a miss, never as a crash.
 */
import { isEditable } from '../../dom/field-kind';
import { findFieldByLabel } from './label-fallback';
import { HOOK_OF_TEXT_FIELD, TEXT_FIELDS, type EditorAdapter, type EditorHook, type FieldSource, type TextField } from './types';

export type TaughtSelectors = Partial<Record<TextField, string>>;

const VARIANT_HOOK: Partial<Record<TextField, EditorHook>> = { priceIdr: 'variantPrice', stock: 'variantStock' };

export function queryAll(root: ParentNode, selectors: readonly string[] | undefined): Element[] {
  for (const selector of selectors ?? []) {
    try {
      const found = [...root.querySelectorAll(selector)];
      if (found.length > 0) return found;
    } catch {
      // An invalid selector is a broken adapter: degrade to "not found".
    }
  }
  return [];
}

export function queryHook(doc: Document, adapter: EditorAdapter, hook: EditorHook): Element[] {
  return queryAll(doc, adapter.selectors[hook]?.selectors);
}

export interface LocatedField {
  element: Element;
  source: Exclude<FieldSource, 'missing' | 'variants'>;
}

export function locateField(
  doc: Document,
  adapter: EditorAdapter,
  field: TextField,
  taught: TaughtSelectors = {},
): LocatedField | undefined {
  const bySelector = queryHook(doc, adapter, HOOK_OF_TEXT_FIELD[field]).find(isEditable);
  if (bySelector) return { element: bySelector, source: 'selector' };
  const taughtSelector = taught[field];
  const byTeaching = taughtSelector ? queryAll(doc, [taughtSelector]).find(isEditable) : undefined;
  if (byTeaching) return { element: byTeaching, source: 'taught' };
  // With variants, price and stock live per variant: a label guess would land on one variant's cell.
  const variantHook = VARIANT_HOOK[field];
  if (variantHook && queryHook(doc, adapter, variantHook).length > 0) return undefined;
  const byLabel = findFieldByLabel(doc, field);
  return byLabel ? { element: byLabel, source: 'label' } : undefined;
}

export function locateFields(
  doc: Document,
  adapter: EditorAdapter,
  taught: TaughtSelectors = {},
): Partial<Record<TextField, LocatedField>> {
  const located: Partial<Record<TextField, LocatedField>> = {};
  for (const field of TEXT_FIELDS) {
    const found = locateField(doc, adapter, field, taught);
    if (found) located[field] = found;
  }
  return located;
}
