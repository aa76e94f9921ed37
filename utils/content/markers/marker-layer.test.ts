// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trusted } from '../../../tests/support/trusted-events';
import { overlaps, type Box } from './geometry';
import { createMarkerLayer, MARKER_HOST_TAG, type MarkerSpec } from './marker-layer';
import { MARKER_SIZE } from './marker-styles';

const rect = (b: Box) => ({ ...b, right: b.left + b.width, bottom: b.top + b.height, x: b.left, y: b.top, toJSON: () => ({}) }) as DOMRect;

/** happy-dom lays nothing out: each element's box is what the test says. */
const boxes = new Map<Element, Box>();
let roots: ShadowRoot[];

beforeEach(() => {
  document.body.replaceChildren();
  // A test that failed half-way leaves its layer: start clean.
  for (const host of document.querySelectorAll(MARKER_HOST_TAG)) host.remove();
  boxes.clear();
  roots = [];
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return rect(boxes.get(this) ?? { left: 0, top: 0, width: 0, height: 0 });
  });
  // The layer's root is closed; the test keeps a handle on it as it is made.
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  Object.defineProperty(window, 'innerWidth', { value: 1366, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
});
afterEach(() => vi.restoreAllMocks());

const frame = () => new Promise((resolve) => setTimeout(resolve, 40));

function field(tag: 'input' | 'textarea', box: Box): HTMLElement {
  const el = document.createElement(tag);
  document.body.append(el);
  boxes.set(el, box);
  return el;
}

function buttons(): HTMLButtonElement[] {
  return [...roots.at(-1)!.querySelectorAll('button')];
}

function position(button: HTMLButtonElement): Box {
  return { left: Number.parseFloat(button.style.left), top: Number.parseFloat(button.style.top), width: MARKER_SIZE, height: MARKER_SIZE };
}

describe('marker layer', () => {
  it('draws one button per field with the count and a distinct name saying field, count and worst severity', async () => {
    const title = field('input', { left: 100, top: 100, width: 500, height: 36 });
    const description = field('textarea', { left: 100, top: 200, width: 500, height: 200 });
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id' });
    layer.update([
      { field: 'title', element: title, count: 2, worst: 'warning' },
      { field: 'description', element: description, count: 1, worst: 'error' },
    ]);
    await frame();
    const [first, second] = buttons();
    expect(first!.getAttribute('aria-label')).toBe('Judul: 2 masalah, terberat: peringatan — buka di panel Rapi');
    expect(second!.getAttribute('aria-label')).toBe('Deskripsi: 1 masalah, harus diperbaiki — buka di panel Rapi');
    expect(first!.textContent).toBe('2');
    // Severity by shape class, not colour alone.
    expect(first!.className).toContain('marker--warning');
    expect(second!.className).toContain('marker--error');
    expect(first!.hidden).toBe(false);
    layer.dispose();
  });

  it('speaks English when asked, and says when a field has no problems', async () => {
    const title = field('input', { left: 100, top: 100, width: 500, height: 36 });
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'en' });
    layer.update([{ field: 'title', element: title, count: 0, worst: null }]);
    layer.update([{ field: 'title', element: title, count: 3, worst: 'tip' }]);
    expect(buttons()[0]!.getAttribute('aria-label')).toBe('Title: 3 problems, worst: tip — open in the Rapi panel');
    layer.update([{ field: 'title', element: title, count: 0, worst: null }]);
    expect(buttons()[0]!.getAttribute('aria-label')).toBe('Title: no problems — open in the Rapi panel');
    expect(buttons()[0]!.className).toContain('marker--ok');
    layer.dispose();
  });

  it("sits just outside the field's top-right corner, inside the window, and moves off the page's controls", async () => {
    const title = field('input', { left: 100, top: 100, width: 500, height: 36 });
    const counter = document.createElement('span');
    counter.className = 'f-counter';
    title.after(counter);
    boxes.set(counter, { left: 604, top: 100, width: 50, height: 30 });
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id' });
    layer.update([{ field: 'title', element: title, count: 1, worst: 'tip' }]);
    await frame();
    const spot = position(buttons()[0]!);
    expect(overlaps(spot, boxes.get(title)!)).toBe(false);
    expect(overlaps(spot, boxes.get(counter)!)).toBe(false);
    expect(spot.left + spot.width).toBeLessThanOrEqual(100);
    layer.dispose();
  });

  it('places the markers it is given at once, without waiting for a frame (issue 15: navigation → markers drawn)', () => {
    const title = field('input', { left: 100, top: 100, width: 500, height: 36 });
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id' });
    layer.update([{ field: 'title', element: title, count: 1, worst: 'warning' }]);
    const [button] = buttons();
    expect(button!.hidden).toBe(false);
    expect(button!.style.left).not.toBe('');
    expect(overlaps(position(button!), boxes.get(title)!)).toBe(false);
    layer.dispose();
  });

  it('follows the field when any scroller scrolls, in one frame however many scroll events come', async () => {
    const title = field('input', { left: 100, top: 300, width: 500, height: 36 });
    const scroller = document.createElement('div');
    document.body.append(scroller);
    const obstacles = vi.fn(() => []);
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id', obstacles });
    layer.update([{ field: 'title', element: title, count: 1, worst: 'tip' }]);
    await frame();
    expect(position(buttons()[0]!).top).toBe(300);
    obstacles.mockClear();
    boxes.set(title, { left: 100, top: 120, width: 500, height: 36 });
    // A scroll event does not bubble: only a capturing listener hears a scroller inside the page.
    for (let i = 0; i < 5; i++) scroller.dispatchEvent(new Event('scroll'));
    await frame();
    expect(position(buttons()[0]!).top).toBe(120);
    expect(obstacles).toHaveBeenCalledTimes(1);
    layer.dispose();
  });

  it('hides the marker when its field leaves the page, is hidden, or is scrolled out of the window', async () => {
    const title = field('input', { left: 100, top: 100, width: 500, height: 36 });
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id', obstacles: () => [] });
    layer.update([{ field: 'title', element: title, count: 1, worst: 'tip' }]);
    await frame();
    expect(buttons()[0]!.hidden).toBe(false);
    boxes.set(title, { left: 100, top: -400, width: 500, height: 36 });
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(buttons()[0]!.hidden).toBe(true);
    boxes.set(title, { left: 100, top: 100, width: 500, height: 36 });
    title.style.visibility = 'hidden';
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(buttons()[0]!.hidden).toBe(true);
    title.style.visibility = '';
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(buttons()[0]!.hidden).toBe(false);
    // Removed by the page's own code: no scroll, no resize; the mutation is enough.
    title.remove();
    await frame();
    expect(buttons()[0]!.hidden).toBe(true);
    layer.dispose();
  });

  it("opens the panel only for the user's own click, never for a script's", async () => {
    const title = field('input', { left: 100, top: 100, width: 500, height: 36 });
    const onActivate = vi.fn();
    const pageSaw = vi.fn();
    document.addEventListener('click', pageSaw);
    const layer = createMarkerLayer(document, { onActivate, language: 'id' });
    layer.update([{ field: 'title', element: title, count: 1, worst: 'tip' }]);
    const button = buttons()[0]!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(onActivate).not.toHaveBeenCalled();
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(onActivate).toHaveBeenCalledWith('title');
    expect(onActivate).toHaveBeenCalledTimes(1);
    // The page's own click handlers do not hear clicks on Rapi's markers.
    expect(pageSaw).not.toHaveBeenCalled();
    document.removeEventListener('click', pageSaw);
    layer.dispose();
  });

  it('drops markers of fields left out of an update; dispose and an aborted signal remove the layer', async () => {
    const title = field('input', { left: 100, top: 100, width: 500, height: 36 });
    const price = field('input', { left: 100, top: 200, width: 200, height: 36 });
    const stop = new AbortController();
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id', signal: stop.signal });
    const specs: MarkerSpec[] = [
      { field: 'title', element: title, count: 1, worst: 'tip' },
      { field: 'priceIdr', element: price, count: 2, worst: 'error' },
    ];
    layer.update(specs);
    expect(buttons()).toHaveLength(2);
    layer.update(specs.slice(1));
    expect(buttons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Harga: 2 masalah, terberat: harus diperbaiki — buka di panel Rapi',
    ]);
    expect(document.querySelectorAll(MARKER_HOST_TAG)).toHaveLength(1);
    stop.abort();
    expect(document.querySelectorAll(MARKER_HOST_TAG)).toHaveLength(0);
    layer.update(specs);
    layer.dispose();
  });

  it('puts the markers in a closed shadow root the page cannot open', () => {
    const title = field('input', { left: 100, top: 100, width: 500, height: 36 });
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id' });
    layer.update([{ field: 'title', element: title, count: 1, worst: 'tip' }]);
    const host = document.querySelector(MARKER_HOST_TAG)!;
    expect(host.shadowRoot).toBeNull();
    layer.dispose();
  });

  it('adds nothing to the page until a marker is shown, and comes back if the page removes it', async () => {
    const hidden = field('input', { left: 0, top: 0, width: 0, height: 0 });
    const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id' });
    layer.update([{ field: 'title', element: hidden, count: 1, worst: 'tip' }]);
    expect(document.querySelector(MARKER_HOST_TAG)).toBeNull();
    boxes.set(hidden, { left: 100, top: 100, width: 500, height: 36 });
    layer.update([{ field: 'title', element: hidden, count: 2, worst: 'tip' }]);
    const host = document.querySelector(MARKER_HOST_TAG)!;
    expect(host).not.toBeNull();
    host.remove();
    window.dispatchEvent(new Event('resize'));
    await frame();
    expect(document.querySelectorAll(MARKER_HOST_TAG)).toHaveLength(1);
    layer.dispose();
    expect(document.querySelector(MARKER_HOST_TAG)).toBeNull();
  });
});
