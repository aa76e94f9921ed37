/**
 * Rapi's edits to the listing on the page (quality fixes, tags), through the
 * insertion module so the page's framework keeps them. Each edit remembers the
 * field's text before it, so the panel can undo it; an edit computed on an older
 * reading of the field is refused as stale instead of writing over the seller's typing.
 * Every write is marked as Rapi's own (own-writes), so Rapi's listeners ignore the
 * input events it fires.
 */
import type { Notice } from '../panel/panel-store';
import { isTextControl, readFieldText } from '../dom/field-kind';
import { writeFieldText as writeAny, type WriteOptions, type WriteResult } from '../dom/insert-text';
import type { TextField } from '../marketplaces/editor/types';
import { applyFixToValue } from '../quality/fix';
import type { Fix } from '../quality/types';
import { asOwnWrite } from './own-writes';

const writeFieldText = (el: Element, text: string, options?: WriteOptions) => asOwnWrite(() => writeAny(el, text, options));

export interface AppliedEdit {
  field: TextField;
  before: string;
}

function noticeFor(field: TextField, result: WriteResult, undoable: boolean): Notice {
  if (result.ok) return { kind: 'applied', field, undoable };
  if (result.problem === 'too-long') return { kind: 'too-long', field, wanted: result.wantedLength ?? 0, max: result.maxLength ?? 0 };
  return { kind: 'not-accepted', field };
}

/** Writes `next` as the field's whole text. */
export async function replaceFieldText(
  el: Element | undefined,
  field: TextField,
  next: string,
): Promise<{ notice: Notice; edit?: AppliedEdit }> {
  if (!el) return { notice: { kind: 'not-found', field } };
  const before = readFieldText(el);
  const result = await writeFieldText(el, next);
  return { notice: noticeFor(field, result, true), edit: result.ok ? { field, before } : undefined };
}

/** Applies a quality fix to the field it names. */
export async function applyFixOnPage(el: Element | undefined, fix: Fix): Promise<{ notice: Notice; edit?: AppliedEdit }> {
  const field = fix.field as TextField;
  if (!el) return { notice: { kind: 'not-found', field } };
  const before = readFieldText(el);
  const next = applyFixToValue(fix, before);
  if (next === null || typeof next !== 'string') return { notice: { kind: 'stale', field } };
  // In an input or textarea only the span is replaced: the caret lands after it and Ctrl+Z undoes just that.
  const result =
    fix.kind === 'replace-span' && isTextControl(el)
      ? await writeFieldText(el, fix.replacement, { range: { start: fix.start, end: fix.end } })
      : await writeFieldText(el, next);
  return { notice: noticeFor(field, result, true), edit: result.ok ? { field, before } : undefined };
}

export async function undoEdit(el: Element | undefined, edit: AppliedEdit): Promise<Notice> {
  if (!el) return { kind: 'not-found', field: edit.field };
  const result = await writeFieldText(el, edit.before);
  return result.ok ? { kind: 'applied', field: edit.field, undoable: false } : noticeFor(edit.field, result, false);
}
