// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMarkerLayer } from './marker-layer';
import { createUnderlines, UNDERLINE_NAMES, underlineRanges } from './underlines';

/** happy-dom has no Custom Highlight API: a registry that keeps what it is given. */
class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}
let registry: Map<string, FakeHighlight>;
const w = window as unknown as { CSS?: unknown; Highlight?: unknown };

beforeEach(() => {
  document.body.replaceChildren();
  registry = new Map();
  w.CSS = { highlights: registry };
  w.Highlight = FakeHighlight;
});
afterEach(() => {
  delete w.CSS;
  delete w.Highlight;
});

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

describe('underlineRanges', () => {
  it('finds the words across the editor’s text nodes, nearest the offset innerText gave', () => {
    const el = editor('<p>Hubungi WA <b>0812-3456</b> ya</p><p>Atau WA 0812-3456 lagi</p>');
    // innerText puts line breaks between the paragraphs: the second "0812-3456" sits further on there than in the text nodes.
    const [first, second] = underlineRanges(el, [
      { start: 11, text: 'WA 0812-3456', severity: 'error' },
      { start: 33, text: '0812-3456', severity: 'warning' },
    ]);
    expect(first!.range.toString()).toBe('WA 0812-3456');
    expect(first!.range.startContainer.textContent).toBe('Hubungi WA ');
    expect(second!.range.toString()).toBe('0812-3456');
    expect(second!.range.startContainer.textContent).toBe('Atau WA 0812-3456 lagi');
  });

  it('leaves out words no longer there', () => {
    const el = editor('<p>Bahan katun</p>');
    expect(underlineRanges(el, [{ start: 0, text: 'sutra', severity: 'tip' }])).toEqual([]);
  });
});

describe('createUnderlines', () => {
  it('registers one highlight per severity for rich editors, never for inputs or textareas, and adds nothing to the DOM', () => {
    const el = editor('<p>Original 100% KW super</p>');
    const html = el.innerHTML;
    const input = document.createElement('textarea');
    input.value = 'KW super';
    document.body.append(input);
    const underlines = createUnderlines(document);
    underlines.set('description', el, [{ start: 14, text: 'KW super', severity: 'error' }]);
    underlines.set('title', input, [{ start: 0, text: 'KW super', severity: 'error' }]);
    expect([...registry.keys()]).toEqual([UNDERLINE_NAMES.error]);
    expect(registry.get(UNDERLINE_NAMES.error)!.ranges.map(String)).toEqual(['KW super']);
    expect(el.innerHTML).toBe(html);
    underlines.set('description', el, []);
    expect(registry.size).toBe(0);
    underlines.dispose();
  });

  it('adds its look to the page only with the first underline, once, and takes it away when it goes', () => {
    // A sheet on the document makes the browser restyle the whole page: not for a layer with nothing to underline.
    const before = document.adoptedStyleSheets.length;
    const el = editor('<p>Original KW super</p>');
    const input = document.createElement('input');
    input.value = 'KW super';
    document.body.append(input);
    const underlines = createUnderlines(document);
    underlines.set('title', input, [{ start: 0, text: 'KW', severity: 'error' }]);
    underlines.set('description', el, []);
    underlines.set('description', el, [{ start: 0, text: 'not in the text', severity: 'error' }]);
    expect(document.adoptedStyleSheets.length).toBe(before);
    underlines.set('description', el, [{ start: 9, text: 'KW', severity: 'error' }]);
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    const sheet = document.adoptedStyleSheets.at(-1);
    underlines.set('description', el, [{ start: 12, text: 'super', severity: 'tip' }]);
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    expect(document.adoptedStyleSheets.at(-1)).toBe(sheet);
    underlines.dispose();
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it("a marker layer for plain inputs leaves the page's style sheets alone", () => {
    const before = document.adoptedStyleSheets.length;
    const input = document.createElement('input');
    document.body.append(input);
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id', obstacles: () => [] });
    layer.update([{ field: 'title', element: input, count: 2, worst: 'warning' }]);
    expect(document.adoptedStyleSheets.length).toBe(before);
    layer.dispose();
  });

  it('does nothing where the browser has no Custom Highlight API', () => {
    delete w.CSS;
    const el = editor('<p>KW super</p>');
    expect(() => createUnderlines(document).set('description', el, [{ start: 0, text: 'KW', severity: 'error' }])).not.toThrow();
  });

  it('follows the marker layer: set with a field’s spec, gone when the field is left out or the layer goes', () => {
    const el = editor('<p>Original KW</p>');
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id', obstacles: () => [] });
    layer.update([
      { field: 'description', element: el, count: 1, worst: 'error', underlines: [{ start: 9, text: 'KW', severity: 'error' }] },
    ]);
    expect(registry.get(UNDERLINE_NAMES.error)!.ranges.map(String)).toEqual(['KW']);
    layer.update([]);
    expect(registry.size).toBe(0);
    layer.update([
      { field: 'description', element: el, count: 1, worst: 'error', underlines: [{ start: 9, text: 'KW', severity: 'warning' }] },
    ]);
    expect([...registry.keys()]).toEqual([UNDERLINE_NAMES.warning]);
    layer.dispose();
    expect(registry.size).toBe(0);
  });
});
