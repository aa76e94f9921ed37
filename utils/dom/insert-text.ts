/**
 * Writing text into page fields so that the page's framework accepts it.
 * React, Vue's v-model and rich-text editors keep their own copy of a field's
 * value and overwrite the DOM from it; setting `input.value` alone is undone on
 * the next render (the title that "reverts" after saving). So every write goes
 * through the browser's editing pipeline where possible and is read back after
 * the page has had a turn to re-render:
 *
 * 1. `exec-command`: `document.execCommand('insertText')` on the selected range.
 *    The browser fires beforeinput/input as if typed, and the edit joins the undo
 *    stack (Ctrl+Z works). Deprecated but still the only way to keep undo.
 * 2. `native-setter` (inputs, textareas): the prototype's value setter, which
 *    bypasses React's value tracker, then `input` and `change` events.
 * 3. `paste-event` (rich editors): a synthetic paste with text/plain, which
 *    ProseMirror, Draft.js, Quill and Slate handle themselves.
 * 4. `dom-text` (rich editors, last): text nodes and line breaks built with DOM
 *    calls (never HTML), then an `input` event.
 *
 * A value longer than the field's maxlength is not written at all: the caller gets
 * `too-long` and shows a warning, instead of the browser cutting it silently.
 */
import { isContentEditable, isEditable, isTextControl, maxLengthOf, readFieldText, type TextControl } from './field-kind';

export type Strategy = 'exec-command' | 'native-setter' | 'paste-event' | 'dom-text';
export const STRATEGIES: readonly Strategy[] = ['exec-command', 'native-setter', 'paste-event', 'dom-text'];

export type WriteProblem = 'too-long' | 'not-editable' | 'not-accepted';

export interface WriteResult {
  ok: boolean;
  /** The strategy that worked, when one did. */
  strategy?: Strategy;
  /** What the field holds afterwards, read back from the page. */
  value: string;
  problem?: WriteProblem;
  maxLength?: number;
  /** Length the field would have had: for the too-long warning. */
  wantedLength?: number;
}

/** Where to write in a text control: a character range (the whole value when replacing everything). */
export interface TextRange {
  start: number;
  end: number;
}

export interface WriteOptions {
  /** Range to replace; default: the whole value (for rich editors: the whole content). */
  range?: TextRange;
  /** Only these strategies, in this order (tests use it to exercise each one). */
  strategies?: readonly Strategy[];
  /** How to let the page re-render before reading back; defaults to one macrotask. */
  settle?: () => Promise<void>;
}

const defaultSettle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Compare what a field shows with what was meant, ignoring whitespace: editors
 * render line breaks as paragraphs, <br>s or nothing, and non-breaking spaces.
 */
const normalise = (text: string) => text.replace(/[\s\u00a0]+/g, '');

function expectedValue(el: Element, text: string, range: TextRange | undefined): string {
  const current = readFieldText(el);
  if (!range) return text;
  return current.slice(0, range.start) + text + current.slice(range.end);
}

function selectRange(el: Element, range: TextRange | undefined): void {
  (el as HTMLElement).focus();
  if (isTextControl(el)) {
    el.setSelectionRange(range?.start ?? 0, range?.end ?? el.value.length);
    return;
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection) return;
  const domRange = el.ownerDocument.createRange();
  domRange.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(domRange);
}

function execCommand(el: Element, text: string, range: TextRange | undefined): void {
  selectRange(el, range);
  const doc = el.ownerDocument;
  if (!isContentEditable(el) || !text.includes('\n')) {
    doc.execCommand('insertText', false, text);
    return;
  }
  // A rich editor turns typed Enter into its own paragraph or line break; insertText's "\n" it may drop.
  text.split('\n').forEach((line, index) => {
    if (index > 0) doc.execCommand('insertLineBreak');
    if (line) doc.execCommand('insertText', false, line);
  });
}

function nativeSetter(el: TextControl, value: string): void {
  const proto = el.localName === 'textarea' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

function pasteEvent(el: HTMLElement, text: string): void {
  selectRange(el, undefined);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

function domText(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  const nodes: Node[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push(doc.createElement('br'));
    nodes.push(doc.createTextNode(line));
  });
  el.replaceChildren(...nodes);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
}

function applies(strategy: Strategy, el: Element): boolean {
  if (strategy === 'native-setter') return isTextControl(el);
  if (strategy === 'paste-event' || strategy === 'dom-text') return !isTextControl(el);
  return true;
}

function run(strategy: Strategy, el: Element, text: string, range: TextRange | undefined, wanted: string): void {
  if (strategy === 'exec-command') execCommand(el, text, range);
  else if (strategy === 'native-setter') nativeSetter(el as TextControl, wanted);
  else if (strategy === 'paste-event') pasteEvent(el as HTMLElement, wanted);
  else domText(el as HTMLElement, wanted);
}

/**
 * Replace a field's text (or `options.range` of it) with `text`, trying each
 * strategy until the page keeps the value. Never throws for a page's sake.
 */
export async function writeFieldText(el: Element, text: string, options: WriteOptions = {}): Promise<WriteResult> {
  if (!isEditable(el)) return { ok: false, problem: 'not-editable', value: readFieldText(el) };
  const range = isTextControl(el) ? options.range : undefined;
  const wanted = isTextControl(el) ? expectedValue(el, text, range) : text;
  const maxLength = maxLengthOf(el);
  if (maxLength !== undefined && wanted.length > maxLength) {
    return { ok: false, problem: 'too-long', value: readFieldText(el), maxLength, wantedLength: wanted.length };
  }
  const settle = options.settle ?? defaultSettle;
  for (const strategy of options.strategies ?? STRATEGIES) {
    if (!applies(strategy, el)) continue;
    try {
      run(strategy, el, isTextControl(el) ? text : wanted, range, wanted);
    } catch {
      continue; // e.g. execCommand unavailable in this document
    }
    await settle();
    const value = readFieldText(el);
    if (normalise(value) === normalise(wanted)) return { ok: true, strategy, value };
  }
  return { ok: false, problem: 'not-accepted', value: readFieldText(el) };
}
