// @vitest-environment happy-dom
// happy-dom does no layout: the boxes are given here, and what is tested is how the measure is
// made and turned into a caret (real geometry is checked in the browser, tests/e2e/markers.spec.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caretRect } from './caret-rect';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

let spans: { text: string; parentText: string }[];
beforeEach(() => {
  document.body.replaceChildren();
  spans = [];
  // The mirror's caret mark sits 70 px right and 40 px down of the mirror's corner.
  vi.spyOn(HTMLElement.prototype, 'offsetLeft', 'get').mockImplementation(function (this: HTMLElement) {
    if (this.localName === 'span')
      spans.push({ text: this.textContent ?? '', parentText: this.parentElement?.firstChild?.textContent ?? '' });
    return this.localName === 'span' ? 70 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetTop', 'get').mockImplementation(function (this: HTMLElement) {
    return this.localName === 'span' ? 40 : 0;
  });
});
afterEach(() => vi.restoreAllMocks());

function textarea(value: string, caret: number): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  el.style.lineHeight = '20px';
  el.style.borderTopWidth = '1px';
  document.body.append(el);
  el.value = value;
  el.setSelectionRange(caret, caret);
  vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(rect(100, 300, 400, 120));
  return el;
}

describe('caretRect in a textarea', () => {
  it("lays out the text before the caret, with the rest after it, and adds the field's position and border", () => {
    const el = textarea('Garansi 7 hari, retur mudah', 7);
    el.style.borderLeftWidth = '2px';
    // Field corner (100, 300) + border (2, 1) + the mark's offset in the mirror (70, 40).
    expect(caretRect(el)).toEqual({ left: 172, top: 341, width: 1, height: 20 });
    // The mirror held the text before the caret; the mark, the rest (so a word being typed wraps as in the field).
    expect(spans.at(-1)).toEqual({ text: ' 7 hari, retur mudah', parentText: 'Garansi' });
  });

  it('takes off what the field has scrolled', () => {
    const el = textarea('a\n'.repeat(50), 90);
    Object.defineProperty(el, 'scrollTop', { value: 30, configurable: true });
    expect(caretRect(el).top).toBe(311);
  });

  it('keeps the caret inside the field when it is scrolled out of view', () => {
    const el = textarea('a\n'.repeat(50), 90);
    Object.defineProperty(el, 'scrollTop', { value: 500, configurable: true });
    expect(caretRect(el).top).toBe(300);
  });

  it('measures in the container given (Rapi’s own shadow root) and leaves nothing behind', () => {
    const el = textarea('Garansi', 7);
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'closed' });
    const seen: Node[] = [];
    const append = vi.spyOn(root, 'appendChild').mockImplementation(function (this: ShadowRoot, node) {
      seen.push(node);
      return Node.prototype.appendChild.call(this, node) as never;
    });
    const before = document.body.innerHTML;
    caretRect(el, { container: root });
    expect(append).toHaveBeenCalledTimes(1);
    expect(root.childNodes.length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('uses about 1.2 × the font size for `line-height: normal`', () => {
    const el = textarea('Garansi', 7);
    el.style.lineHeight = 'normal';
    el.style.fontSize = '15px';
    expect(caretRect(el).height).toBe(18);
  });
});

describe('caretRect in an input', () => {
  it('keeps spaces from collapsing in the mirror and centres the line in the input', () => {
    const el = document.createElement('input');
    el.style.height = '36px';
    el.style.lineHeight = '20px';
    document.body.append(el);
    el.value = 'Kopi  Gayo';
    el.setSelectionRange(6, 6);
    vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(rect(100, 300, 400, 36));
    const caret = caretRect(el);
    expect(spans.at(-1)?.parentText).toBe('Kopi\u00a0\u00a0');
    expect(caret.left).toBe(170);
    expect(caret.top).toBeGreaterThanOrEqual(300);
    expect(caret.top + caret.height).toBeLessThanOrEqual(336);
  });
});

describe('caretRect in a rich editor', () => {
  function editor(): HTMLElement {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    el.textContent = 'Deskripsi produk';
    document.body.append(el);
    vi.spyOn(el, 'getBoundingClientRect').mockReturnValue(rect(50, 100, 600, 200));
    return el;
  }

  it('uses the rectangle of the selection’s end, inserting nothing into the editor', () => {
    const el = editor();
    const range = document.createRange();
    range.setStart(el.firstChild!, 4);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const spy = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([rect(210, 130, 0, 18)] as unknown as DOMRectList);
    const html = el.innerHTML;
    expect(caretRect(el)).toEqual({ left: 210, top: 130, width: 1, height: 18 });
    expect(spy).toHaveBeenCalled();
    expect(el.innerHTML).toBe(html);
  });

  it('falls back to the field’s corner when the selection is elsewhere', () => {
    const el = editor();
    const other = document.createElement('p');
    other.textContent = 'lain';
    document.body.append(other);
    const range = document.createRange();
    range.selectNodeContents(other);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(caretRect(el)).toEqual({ left: 51, top: 101, width: 1, height: 20 });
  });
});
