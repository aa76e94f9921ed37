import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { insideViewport, overlaps, type Box } from './geometry';
import { MARKER_GAP, markerCandidates, placeMarker } from './place-marker';

const VIEWPORT = { width: 1366, height: 768 };
const SIZE = 20;
const box = (left: number, top: number, width: number, height: number): Box => ({ left, top, width, height });

const arbBox = (maxW: number, maxH: number) =>
  fc.record({
    left: fc.integer({ min: -200, max: 1400 }),
    top: fc.integer({ min: -200, max: 900 }),
    width: fc.integer({ min: 1, max: maxW }),
    height: fc.integer({ min: 1, max: maxH }),
  });
const arbViewport = fc.record({ width: fc.integer({ min: 320, max: 1920 }), height: fc.integer({ min: 240, max: 1080 }) });
const arbSize = fc.integer({ min: 12, max: 24 });
/** A field and obstacles, many of them hugging the field's edges where the marker wants to go. */
const arbOnScreenField = fc.record({
  left: fc.integer({ min: 0, max: 1000 }),
  top: fc.integer({ min: 0, max: 600 }),
  width: fc.integer({ min: 20, max: 900 }),
  height: fc.integer({ min: 16, max: 300 }),
});
const arbScene = fc.oneof(arbOnScreenField, arbBox(1600, 500)).chain((field) =>
  fc.record({
    field: fc.constant(field),
    obstacles: fc.array(
      fc.oneof(
        arbBox(300, 200),
        fc.record({
          left: fc.integer({ min: field.left - 80, max: field.left + field.width + 60 }),
          top: fc.integer({ min: field.top - 60, max: field.top + field.height + 20 }),
          width: fc.integer({ min: 1, max: 120 }),
          height: fc.integer({ min: 1, max: 60 }),
        }),
        // Right where the preferred spot is (a character counter, a help icon).
        fc.record({
          left: fc.integer({ min: field.left + field.width - 10, max: field.left + field.width + 20 }),
          top: fc.integer({ min: field.top - 20, max: field.top + 10 }),
          width: fc.integer({ min: 8, max: 80 }),
          height: fc.integer({ min: 8, max: 40 }),
        }),
      ),
      { maxLength: 12 },
    ),
  }),
);

describe('placeMarker: examples', () => {
  it('puts the marker just right of the top-right corner when nothing is there', () => {
    expect(placeMarker(box(100, 200, 400, 36), VIEWPORT, [], SIZE)).toEqual({
      left: 500 + MARKER_GAP,
      top: 200,
      width: SIZE,
      height: SIZE,
      clear: true,
    });
  });

  it('moves left of the field when a character counter or the help column sits on the right', () => {
    const counter = box(505, 195, 60, 30);
    expect(placeMarker(box(100, 200, 400, 36), VIEWPORT, [counter], SIZE)).toMatchObject({ left: 100 - MARKER_GAP - SIZE, top: 200 });
  });

  it('goes above the field when both sides are taken (a label on the left, a button on the right)', () => {
    const label = box(0, 200, 96, 36);
    const button = box(504, 190, 100, 50);
    const spot = placeMarker(box(100, 200, 400, 36), VIEWPORT, [label, button], SIZE)!;
    expect(spot).toMatchObject({ top: 200 - MARKER_GAP - SIZE, clear: true });
    expect(spot.left + SIZE).toBeLessThanOrEqual(500);
  });

  it('stays inside a 1024-pixel window when the field reaches its right edge', () => {
    const spot = placeMarker(box(300, 300, 724, 36), { width: 1024, height: 700 }, [], SIZE)!;
    expect(spot.left).toBe(300 - MARKER_GAP - SIZE);
  });

  it('hides the marker (null) when the field is scrolled out of the window', () => {
    expect(placeMarker(box(100, -500, 400, 36), VIEWPORT, [], SIZE)).toBeNull();
    expect(placeMarker(box(100, 2000, 400, 36), VIEWPORT, [], SIZE)).toBeNull();
  });

  it('takes the least covered spot, still off the field, when every spot touches something', () => {
    const field = box(100, 200, 400, 36);
    const wall = box(0, 0, 1366, 768);
    const hole = box(0, 0, 1366, 768);
    const spot = placeMarker(field, VIEWPORT, [wall, hole], SIZE)!;
    expect(spot.clear).toBe(false);
    expect(overlaps(spot, field)).toBe(false);
  });
});

describe('placeMarker: properties', () => {
  it('is never larger than the size asked for, never over the field, and always inside the viewport', () => {
    fc.assert(
      fc.property(arbScene, arbViewport, arbSize, ({ field, obstacles }, viewport, size) => {
        const spot = placeMarker(field, viewport, obstacles, size);
        if (!spot) return;
        expect(spot.width).toBeLessThanOrEqual(size);
        expect(spot.height).toBeLessThanOrEqual(size);
        expect(overlaps(spot, field)).toBe(false);
        expect(insideViewport(spot, viewport)).toBe(true);
      }),
    );
  });

  it('never overlaps an obstacle when any candidate spot is free', () => {
    let sawFree = 0;
    let sawBlocked = 0;
    fc.assert(
      fc.property(arbScene, arbViewport, arbSize, ({ field, obstacles }, viewport, size) => {
        const free = markerCandidates(field, size, viewport).some(
          (spot) => insideViewport(spot, viewport) && !overlaps(spot, field) && !obstacles.some((o) => overlaps(spot, o)),
        );
        const spot = placeMarker(field, viewport, obstacles, size);
        if (!free) {
          expect(spot?.clear ?? false).toBe(false);
          return;
        }
        const first = markerCandidates(field, size, viewport).find((c) => insideViewport(c, viewport) && !overlaps(c, field));
        if (first && obstacles.some((o) => overlaps(first, o))) sawBlocked++;
        sawFree++;
        expect(spot?.clear).toBe(true);
        for (const obstacle of obstacles) expect(overlaps(spot!, obstacle)).toBe(false);
      }),
      { numRuns: 500 },
    );
    // The scenes must exercise the interesting case: the preferred spot blocked, another one free.
    expect(sawFree).toBeGreaterThan(100);
    expect(sawBlocked).toBeGreaterThan(40);
  });

  it('stays beside the field: every spot is within a few marker widths of its edge', () => {
    fc.assert(
      fc.property(arbBox(1600, 500), arbViewport, arbSize, (field, viewport, size) => {
        for (const spot of markerCandidates(field, size, viewport)) {
          const dx = Math.max(field.left - (spot.left + size), spot.left - (field.left + field.width), 0);
          const dy = Math.max(field.top - (spot.top + size), spot.top - (field.top + field.height), 0);
          expect(Math.max(dx, dy)).toBeLessThanOrEqual(4 * (size + MARKER_GAP));
        }
      }),
    );
  });

  it('a field fully on screen with room on its right gets the top-right spot when nothing is in the way', () => {
    fc.assert(
      fc.property(arbViewport, arbSize, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 30, max: 400 }), (viewport, size, x, w) => {
        const field = box(x, 100, w, 30);
        fc.pre(field.left + field.width + MARKER_GAP + size <= viewport.width && 130 <= viewport.height);
        expect(placeMarker(field, viewport, [], size)).toMatchObject({ left: x + w + MARKER_GAP, top: 100 });
      }),
    );
  });
});
