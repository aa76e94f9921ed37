/**
 * Test helpers for code that trusts only the user's input. happy-dom marks no event
 * trusted; a browser marks real input (and execCommand's input events) trusted.
 * These make events as the browser would for a user typing or clicking.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** Types text into a textarea or input the way a browser does for real keys: keydown, then the text, then input. */
export function typeKeys(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  for (const key of text) {
    el.dispatchEvent(trusted(new KeyboardEvent('keydown', { key, bubbles: true, composed: true })));
    const at = el.selectionEnd ?? el.value.length;
    el.value = el.value.slice(0, at) + key + el.value.slice(at);
    el.setSelectionRange(at + 1, at + 1);
    el.dispatchEvent(trusted(new InputEvent('input', { data: key, inputType: 'insertText', bubbles: true, composed: true })));
    el.dispatchEvent(trusted(new KeyboardEvent('keyup', { key, bubbles: true, composed: true })));
  }
}

/** What a page's `document.execCommand('insertText')` does: the text, and a trusted input event, with no key press. */
export function execInsert(el: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  const at = el.selectionEnd ?? el.value.length;
  el.value = el.value.slice(0, at) + text + el.value.slice(at);
  el.setSelectionRange(at + text.length, at + text.length);
  el.dispatchEvent(trusted(new InputEvent('input', { data: text, inputType: 'insertText', bubbles: true })));
}
