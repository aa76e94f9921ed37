/**
 * Finding a listing field by what the seller sees: its label, placeholder or
 * accessible name, in Indonesian or English. Used when a marketplace's own
 * selectors miss after a redesign, so Rapi degrades to "found by label" instead
 * of "not found". Works on any document; never writes.
 */
import type { ListingField } from '../../listing/listing';
import { isContentEditable, isTextControl } from '../../dom/field-kind';

/** Visible names per field. Anchored, so "Harga Grosir" or "Berat Bersih" do not pass for the main price or weight. */
export const FIELD_LABELS: Partial<Record<ListingField, RegExp>> = {
  title: /^(nama|judul) (produk|barang)$|^product (name|title)$|^nama$/i,
  description: /^deskripsi( produk| utama)?$|^(product )?description$/i,
  priceIdr: /^harga( satuan| jual| produk)?$|^(unit |selling )?price$/i,
  stock: /^(jumlah )?sto(k|ck)( produk)?$|^quantity$|^jumlah$/i,
  weightGrams: /^berat( paket| produk| pengiriman)?$|^(package |shipping )?weight$/i,
};

/** Text of a label without the "Wajib"/"*"/"(gram)" decorations dashboards add. */
export function labelText(text: string): string {
  return text
    .replace(/\*|\bwajib\b|\brequired\b|\(.*?\)|\boptional\b|\bopsional\b/gi, ' ')
    .replace(/[:\s]+/g, ' ')
    .trim();
}

const EDITABLE = 'input, textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

function isWritableTextField(el: Element): boolean {
  return isTextControl(el) ? !el.disabled && !el.readOnly : isContentEditable(el);
}

/** The control a label element names: `for`, nesting, or the first editable in its form row. */
function controlForLabel(label: Element): Element | undefined {
  const doc = label.ownerDocument;
  const forId = label.getAttribute('for');
  if (forId) {
    const target = doc.getElementById(forId);
    if (target && isWritableTextField(target)) return target;
  }
  const nested = label.querySelector(EDITABLE);
  if (nested && isWritableTextField(nested)) return nested;
  // Dashboards put the label and the control in one row: climb a few levels and look inside.
  let row: Element | null = label.parentElement;
  for (let depth = 0; row && depth < 4; depth++, row = row.parentElement) {
    const candidates = [...row.querySelectorAll(EDITABLE)].filter(isWritableTextField);
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) {
      // The first control after the label in document order belongs to it.
      return candidates.find((c) => label.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    }
  }
  return undefined;
}

/** Most specific first: a field's own label beats a card heading that happens to read "Harga". */
const LABELLING = ['label, legend', '[class*="label" i], dt, th', '[class*="title" i]'];

export function findFieldByLabel(doc: Document, field: ListingField): Element | undefined {
  const pattern = FIELD_LABELS[field];
  if (!pattern) return undefined;
  // 1. The control's own accessible name or placeholder.
  for (const el of doc.querySelectorAll(EDITABLE)) {
    if (!isWritableTextField(el)) continue;
    const names = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('title')];
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) names.push(...labelledBy.split(/\s+/).map((id) => doc.getElementById(id)?.textContent ?? null));
    if (names.some((name) => name && pattern.test(labelText(name)))) return el;
  }
  // 2. A visible label near the control. Only short texts: a paragraph mentioning "harga" is not a label.
  const seen = new Set<Element>();
  for (const label of LABELLING.flatMap((selector) => [...doc.querySelectorAll(selector)])) {
    if (seen.has(label)) continue;
    seen.add(label);
    // A column header names a column of controls (one per variant), not one field.
    if (label.localName === 'th' && label.closest('thead')) continue;
    const text = label.textContent ?? '';
    if (text.length > 60 || !pattern.test(labelText(text))) continue;
    const control = controlForLabel(label);
    if (control) return control;
  }
  return undefined;
}
