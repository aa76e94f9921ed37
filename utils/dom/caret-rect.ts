/**
 * Where the caret of a field is on screen (client coordinates), so the snippet
 * palette can open right at it.
 *
 * Inputs and textareas expose no caret geometry, so the text before the caret is
 * laid out again in an invisible "mirror" element with the field's font, padding,
 * width and wrapping (the technique of the `textarea-caret` package). It is written
 * here rather than taken from that package because the package appends its mirror
 * to the page's own `<body>` under a fixed id (the page sees and can restyle it),
 * gives NaN for `line-height: normal` and leaves scrolling to the caller; here the
 * mirror goes where the caller says (Rapi's closed shadow root) and the result is
 * clamped to the field's visible box. A rich editor (contenteditable) has a real
 * selection: its range's rectangle is used, never a node inserted into the editor
 * (the editor's own code would see it).
 */
import { isTextControl, type TextControl } from './field-kind';

export interface CaretRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Computed-style properties that change where text wraps or sits. */
const MIRRORED = [
  'direction',
  'boxSizing',
  'width',
  'height',
  'overflowX',
  'overflowY',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontSize',
  'fontSizeAdjust',
  'lineHeight',
  'fontFamily',
  'fontFeatureSettings',
  'textAlign',
  'textTransform',
  'textIndent',
  'letterSpacing',
  'wordSpacing',
  'tabSize',
] as const;

export interface CaretRectOptions {
  /** Where the measuring mirror may be put for a moment (default: the field's document body). */
  container?: Node;
}

/** The caret's rectangle in `el`: inside the field's visible box, one line high. */
export function caretRect(el: HTMLElement, options: CaretRectOptions = {}): CaretRect {
  const box = el.getBoundingClientRect();
  const measured = isTextControl(el) ? controlCaret(el, options) : richCaret(el);
  const fallback = { left: box.left + 1, top: box.top + 1, width: 1, height: Math.min(box.height, 20) };
  const caret = measured ?? fallback;
  // A caret scrolled out of the field's view is shown at the nearest visible edge.
  const left = clamp(caret.left, box.left, box.left + box.width);
  const top = clamp(caret.top, box.top, Math.max(box.top, box.top + box.height - caret.height));
  return { left, top, width: caret.width, height: caret.height };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function px(value: string): number {
  const n = Number.parseFloat(value);
  return Number.isFinite(n) ? n : 0;
}

function lineHeightOf(style: CSSStyleDeclaration): number {
  const declared = Number.parseFloat(style.lineHeight);
  // `normal` is about 1.2 times the font size in every browser's default fonts.
  return Number.isFinite(declared) && declared > 0 ? declared : Math.round(px(style.fontSize) * 1.2) || 16;
}

function controlCaret(el: TextControl, options: CaretRectOptions): CaretRect | undefined {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  const container = options.container ?? doc.body;
  if (!view || !container) return undefined;
  let position: number;
  try {
    // Some input types (number, email in Chrome) refuse selection access.
    position = el.selectionEnd ?? el.value.length;
  } catch {
    position = el.value.length;
  }
  const style = view.getComputedStyle(el);
  const isInput = el.localName === 'input';
  const mirror = doc.createElement('div');
  const target = mirror.style;
  for (const property of MIRRORED) target[property] = style[property];
  target.position = 'absolute';
  target.top = '0';
  target.left = '-10000px';
  target.visibility = 'hidden';
  target.pointerEvents = 'none';
  target.whiteSpace = isInput ? 'pre' : 'pre-wrap';
  target.overflowWrap = isInput ? 'normal' : 'break-word';
  // An input shows one line, vertically centred: its own height is the line.
  if (isInput) target.lineHeight = style.height;
  // Reserve the scrollbar a scrolled textarea has, so lines wrap where they do in the field.
  target.overflowY = !isInput && el.scrollHeight > el.clientHeight ? 'scroll' : 'hidden';
  const before = el.value.slice(0, position);
  mirror.textContent = isInput ? before.replace(/\s/g, '\u00a0') : before;
  const mark = doc.createElement('span');
  // The rest of the text decides where a word being typed wraps; an empty span has no box.
  mark.textContent = el.value.slice(position) || '.';
  mirror.append(mark);
  container.appendChild(mirror);
  try {
    const box = el.getBoundingClientRect();
    const height = isInput ? Math.min(lineHeightOf(style), box.height) : lineHeightOf(style);
    const inputOffset = isInput ? Math.max(0, (box.height - px(style.borderTopWidth) - px(style.borderBottomWidth) - height) / 2) : 0;
    // offsetLeft/offsetTop count from the mirror's padding edge: its border comes on top.
    return {
      left: box.left + px(style.borderLeftWidth) + mark.offsetLeft - el.scrollLeft,
      top: box.top + px(style.borderTopWidth) + (isInput ? inputOffset : mark.offsetTop) - el.scrollTop,
      width: 1,
      height,
    };
  } finally {
    mirror.remove();
  }
}

function richCaret(el: HTMLElement): CaretRect | undefined {
  const selection = el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  if (!el.contains(range.endContainer)) return undefined;
  const end = range.cloneRange();
  end.collapse(false);
  const rect = firstRect(end);
  if (rect) return rect;
  // A collapsed range at a line's end or in an empty line has no box in some browsers:
  // measure the character before it and stand at its right edge.
  if (end.startContainer.nodeType === Node.TEXT_NODE && end.startOffset > 0) {
    const previous = end.cloneRange();
    previous.setStart(end.startContainer, end.startOffset - 1);
    const box = firstRect(previous);
    if (box) return { left: box.left + box.width, top: box.top, width: 1, height: box.height };
  }
  // An empty line or element: the element the caret sits in.
  const node = end.startContainer;
  const holder = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement) as Element | null;
  if (holder && holder !== el && el.contains(holder)) {
    const box = holder.getBoundingClientRect();
    if (box.height > 0) return { left: box.left, top: box.top, width: 1, height: box.height };
  }
  return undefined;
}

function firstRect(range: Range): CaretRect | undefined {
  const rects = range.getClientRects?.();
  const rect = rects && rects.length > 0 ? rects[rects.length - 1]! : range.getBoundingClientRect?.();
  if (!rect || (rect.height === 0 && rect.width === 0 && rect.top === 0 && rect.left === 0)) return undefined;
  return { left: rect.left, top: rect.top, width: Math.max(1, rect.width), height: rect.height || 16 };
}
