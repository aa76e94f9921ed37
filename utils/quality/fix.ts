/**
 * Applying and undoing fixes on plain data. The panel writes the result into the
 * page through the insertion module; here the edit is only computed, and refused
 * when the field no longer holds what the check saw (the seller typed since).
 */
import type { Listing } from '../listing/listing';
import type { FieldValue, Fix } from './types';

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return Object.is(a, b);
}

/** The field's new value, or null when the fix is stale. */
export function applyFixToValue(fix: Fix, current: FieldValue): FieldValue | null {
  if (fix.kind === 'set-field') return sameValue(current, fix.previous) ? fix.value : null;
  if (typeof current !== 'string' || current.slice(fix.start, fix.end) !== fix.original) return null;
  return current.slice(0, fix.start) + fix.replacement + current.slice(fix.end);
}

/** The listing with the fix applied, or null when it is stale. */
export function applyFix(listing: Listing, fix: Fix): Listing | null {
  const next = applyFixToValue(fix, listing[fix.field] as FieldValue);
  return next === null ? null : ({ ...listing, [fix.field]: next } as Listing);
}

/** The fix that undoes `fix` once it has been applied. */
export function invertFix(fix: Fix): Fix {
  if (fix.kind === 'set-field') return { ...fix, value: fix.previous, previous: fix.value };
  return {
    ...fix,
    end: fix.start + fix.replacement.length,
    replacement: fix.original,
    original: fix.replacement,
  };
}
