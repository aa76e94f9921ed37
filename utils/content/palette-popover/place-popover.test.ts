import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POPOVER_GAP, POPOVER_MARGIN, placePopover } from './place-popover';

const SIZE = { width: 360, height: 320 };
const LAPTOP = { width: 1366, height: 768 };
const SMALL = { width: 1024, height: 700 };
const caretAt = (left: number, top: number) => ({ left, top, width: 1, height: 18 });

describe('placePopover: examples', () => {
  it('opens under the caret, left edge at the caret', () => {
    expect(placePopover(caretAt(400, 200), SIZE, LAPTOP)).toEqual({ left: 400, top: 218 + POPOVER_GAP, ...SIZE, side: 'below' });
  });

  it('flips above the caret near the bottom of the window', () => {
    const spot = placePopover(caretAt(400, 600), SIZE, SMALL);
    expect(spot).toEqual({ left: 400, top: 600 - POPOVER_GAP - SIZE.height, ...SIZE, side: 'above' });
  });

  it('slides left to stay on screen when the caret is near the right edge', () => {
    expect(placePopover(caretAt(1000, 100), SIZE, SMALL).left).toBe(1024 - POPOVER_MARGIN - SIZE.width);
  });

  it('shrinks on the roomier side rather than covering the line when neither side fits', () => {
    const below = placePopover(caretAt(100, 260), SIZE, { width: 800, height: 560 });
    expect(below).toMatchObject({ side: 'below', top: 278 + POPOVER_GAP, height: 560 - POPOVER_MARGIN - (278 + POPOVER_GAP) });
    const above = placePopover(caretAt(100, 300), SIZE, { width: 800, height: 560 });
    expect(above).toMatchObject({ side: 'above', top: POPOVER_MARGIN, height: 300 - POPOVER_GAP - POPOVER_MARGIN });
  });

  it('narrows to a window narrower than the popover', () => {
    expect(placePopover(caretAt(10, 10), SIZE, { width: 300, height: 700 })).toMatchObject({ left: POPOVER_MARGIN, width: 284 });
  });
});

const arbViewport = fc.record({ width: fc.integer({ min: 240, max: 1920 }), height: fc.integer({ min: 240, max: 1080 }) });
const arbSize = fc.record({ width: fc.integer({ min: 120, max: 480 }), height: fc.integer({ min: 60, max: 480 }) });
const arbCaret = (viewport: { width: number; height: number }) =>
  fc.record({
    left: fc.integer({ min: 0, max: viewport.width - 1 }),
    top: fc.integer({ min: 0, max: viewport.height - 16 }),
    width: fc.integer({ min: 0, max: 2 }),
    height: fc.integer({ min: 12, max: 16 }),
  });
const arbScene = arbViewport.chain((viewport) => fc.record({ viewport: fc.constant(viewport), caret: arbCaret(viewport), size: arbSize }));

describe('placePopover: properties', () => {
  it('stays inside the window and never grows past the size asked for', () => {
    fc.assert(
      fc.property(arbScene, ({ viewport, caret, size }) => {
        const spot = placePopover(caret, size, viewport);
        expect(spot.left).toBeGreaterThanOrEqual(0);
        expect(spot.top).toBeGreaterThanOrEqual(0);
        expect(spot.left + spot.width).toBeLessThanOrEqual(viewport.width);
        expect(spot.top + spot.height).toBeLessThanOrEqual(viewport.height);
        expect(spot.width).toBeLessThanOrEqual(size.width);
        expect(spot.height).toBeLessThanOrEqual(size.height);
      }),
    );
  });

  it("never covers the caret's line", () => {
    fc.assert(
      fc.property(arbScene, ({ viewport, caret, size }) => {
        const spot = placePopover(caret, size, viewport);
        const apart = spot.top >= caret.top + caret.height || spot.top + spot.height <= caret.top;
        expect(apart).toBe(true);
      }),
    );
  });

  it('keeps its full size whenever one side has room for it, preferring below', () => {
    fc.assert(
      fc.property(arbScene, ({ viewport, caret, size }) => {
        const below = viewport.height - POPOVER_MARGIN - (caret.top + caret.height + POPOVER_GAP);
        const above = caret.top - POPOVER_GAP - POPOVER_MARGIN;
        fc.pre(size.height <= below || size.height <= above);
        fc.pre(size.width <= viewport.width - 2 * POPOVER_MARGIN);
        const spot = placePopover(caret, size, viewport);
        expect(spot.height).toBe(size.height);
        expect(spot.width).toBe(size.width);
        expect(spot.side).toBe(size.height <= below ? 'below' : 'above');
      }),
    );
  });

  it('stays next to the caret: the caret is within its horizontal span unless the window pushed it', () => {
    fc.assert(
      fc.property(arbScene, ({ viewport, caret, size }) => {
        const spot = placePopover(caret, size, viewport);
        const pushed = caret.left + spot.width > viewport.width - POPOVER_MARGIN || caret.left < POPOVER_MARGIN;
        if (!pushed) expect(spot.left).toBe(caret.left);
        else expect(caret.left).toBeGreaterThanOrEqual(spot.left - POPOVER_MARGIN);
        const gap = spot.side === 'below' ? spot.top - (caret.top + caret.height) : caret.top - (spot.top + spot.height);
        expect(gap).toBe(POPOVER_GAP);
      }),
    );
  });
});
