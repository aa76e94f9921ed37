/**
 * Remembering where the seller was typing, so a snippet chosen in the palette
 * (which takes the focus) lands there: a character range in an input or
 * textarea, a DOM range in a rich editor.
 */
import { isContentEditable, isTextControl } from './field-kind';
import { writeFieldText, type WriteResult } from './insert-text';

export type Caret =
  | { kind: 'control'; element: HTMLInputElement | HTMLTextAreaElement; start: number; end: number }
  | { kind: 'rich'; element: HTMLElement; range: Range | null };

/** The editable element that has focus in the page (not Rapi's own UI), and where its caret is. */
export function captureCaret(doc: Document): Caret | undefined {
  const el = doc.activeElement;
  if (!el) return undefined;
  if (isTextControl(el) && !el.disabled && !el.readOnly) {
    return { kind: 'control', element: el, start: el.selectionStart ?? el.value.length, end: el.selectionEnd ?? el.value.length };
  }
  const rich = (el as HTMLElement).closest?.('[contenteditable]') as HTMLElement | null;
  if (rich && isContentEditable(rich)) {
    const selection = doc.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    return { kind: 'rich', element: rich, range: range && rich.contains(range.commonAncestorContainer) ? range : null };
  }
  return undefined;
}

function textNodes(lines: string[], doc: Document): Node[] {
  return lines.flatMap((line, index) => (index > 0 ? [doc.createElement('br'), doc.createTextNode(line)] : [doc.createTextNode(line)]));
}

/** Inserts at the remembered caret, through the editing pipeline where the browser allows it. */
export async function insertAtCaret(caret: Caret, text: string): Promise<WriteResult> {
  if (caret.kind === 'control') return writeFieldText(caret.element, text, { range: { start: caret.start, end: caret.end } });
  const el = caret.element;
  const doc = el.ownerDocument;
  el.focus();
  const selection = doc.getSelection();
  const range =
    caret.range ??
    (() => {
      const end = doc.createRange();
      end.selectNodeContents(el);
      end.collapse(false);
      return end;
    })();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const before = el.innerText;
  const lines = text.split('\n');
  try {
    lines.forEach((line, index) => {
      if (index > 0) doc.execCommand('insertLineBreak');
      if (line) doc.execCommand('insertText', false, line);
    });
  } catch {
    // No editing engine: the DOM fallback below.
  }
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const squash = (s: string) => s.replace(/\s+/g, '');
  if (squash(el.innerText).includes(squash(text)) && el.innerText !== before)
    return { ok: true, strategy: 'exec-command', value: el.innerText };
  // Text nodes and line breaks, never HTML, then an input event so the editor's model hears of it.
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  fragment.append(...textNodes(lines, doc));
  range.insertNode(fragment);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
  const ok = squash(el.innerText).includes(squash(text));
  return ok ? { ok, strategy: 'dom-text', value: el.innerText } : { ok, problem: 'not-accepted', value: el.innerText };
}
