/** What kind of editable a page element is, and its text, whichever world the caller runs in. */
export type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** `instanceof` fails across frames and content-script worlds, so elements are told apart by tag name. */
export function isTextControl(el: Element): el is TextControl {
  const tag = el.localName;
  if (tag === 'textarea') return true;
  if (tag !== 'input') return false;
  const type = (el as HTMLInputElement).type;
  return ['text', 'search', 'tel', 'url', 'email', 'number', ''].includes(type);
}

export function isContentEditable(el: Element): el is HTMLElement {
  const value = el.getAttribute('contenteditable');
  return (el as HTMLElement).isContentEditable === true || value === '' || value === 'true' || value === 'plaintext-only';
}

export function isEditable(el: Element): boolean {
  if (isTextControl(el)) return !el.disabled && !el.readOnly;
  return isContentEditable(el);
}

/** The text a field holds: the value of a control, the rendered text of a rich editor. */
export function readFieldText(el: Element): string {
  if (isTextControl(el)) return el.value;
  return (el as HTMLElement).innerText ?? el.textContent ?? '';
}

/** The limit the page declares, or undefined. */
export function maxLengthOf(el: Element): number | undefined {
  if (!isTextControl(el)) {
    const declared = Number(el.getAttribute('data-maxlength') ?? el.getAttribute('aria-maxlength') ?? NaN);
    return Number.isInteger(declared) && declared > 0 ? declared : undefined;
  }
  return el.maxLength > 0 ? el.maxLength : undefined;
}
