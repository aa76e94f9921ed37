// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Box } from './geometry';
import { collectObstacles } from './obstacles';

const boxes = new Map<Element, Box>();
const rect = (b: Box) => ({ ...b, right: b.left + b.width, bottom: b.top + b.height, x: b.left, y: b.top, toJSON: () => ({}) }) as DOMRect;

beforeEach(() => {
  boxes.clear();
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    return rect(boxes.get(this) ?? { left: 0, top: 0, width: 0, height: 0 });
  });
  document.body.innerHTML = `
    <form id="form">
      <div id="row" class="form-row-with-help">
        <label id="label" for="title">Nama Produk</label>
        <div id="wrap" class="input-wrap"><input id="title"><span id="count" class="f-counter">0/255</span></div>
        <p id="hint" class="f-hint">Gunakan nama yang jelas</p>
        <button id="far" type="button">Simpan</button>
        <span id="plain">teks biasa</span>
        <input id="hidden-input" type="hidden">
        <button id="gone" type="button" style="display:none">x</button>
      </div>
    </form>`;
  const at = (id: string, box: Box) => boxes.set(document.getElementById(id)!, box);
  boxes.set(document.body, { left: 0, top: 0, width: 1366, height: 2000 });
  at('form', { left: 0, top: 0, width: 1366, height: 1200 });
  at('row', { left: 0, top: 0, width: 1366, height: 1200 });
  at('label', { left: 20, top: 100, width: 90, height: 20 });
  at('wrap', { left: 120, top: 100, width: 560, height: 36 });
  at('title', { left: 120, top: 100, width: 500, height: 36 });
  at('count', { left: 624, top: 108, width: 50, height: 20 });
  at('hint', { left: 120, top: 140, width: 500, height: 20 });
  at('far', { left: 1000, top: 900, width: 100, height: 40 });
  at('plain', { left: 630, top: 80, width: 80, height: 16 });
});
afterEach(() => vi.restoreAllMocks());

const near: Box = { left: 20, top: 4, width: 700, height: 228 };

describe('collectObstacles', () => {
  it("finds the page's label, counter and hint around a field, not far-away buttons, plain text or hidden inputs", () => {
    const title = document.getElementById('title')!;
    const found = collectObstacles(document, near, { field: title });
    expect(found).toEqual(
      expect.arrayContaining([
        { left: 20, top: 100, width: 90, height: 20 },
        { left: 624, top: 108, width: 50, height: 20 },
        { left: 120, top: 140, width: 500, height: 20 },
      ]),
    );
    expect(found).toHaveLength(3);
  });

  it('never counts the field itself or the wrappers that contain it', () => {
    const title = document.getElementById('title')!;
    const found = collectObstacles(document, near, { field: title });
    expect(found).not.toContainEqual(boxes.get(title));
    // `form-row-with-help` matches the help selector, but it wraps the field.
    expect(found).not.toContainEqual(boxes.get(document.getElementById('row')!));
  });

  it('reads no more elements than its limit', () => {
    const title = document.getElementById('title')!;
    const reads = vi.mocked(Element.prototype.getBoundingClientRect);
    reads.mockClear();
    collectObstacles(document, near, { field: title, limit: 2 });
    const readObstacles = reads.mock.contexts.filter((el) => (el as Element).matches?.('label, span, p, button'));
    expect(readObstacles.length).toBeLessThanOrEqual(2);
  });

  it('skips what the caller says is its own', () => {
    const title = document.getElementById('title')!;
    const found = collectObstacles(document, near, { field: title, ignore: (el) => el.id === 'hint' });
    expect(found).toHaveLength(2);
  });
});
