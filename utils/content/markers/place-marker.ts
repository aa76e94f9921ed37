/**
 * Where a field's marker goes: just outside the field, never over its text and
 * never over the page's own controls (buttons, inputs, labels, help boxes), and
 * inside the viewport. Preference, as a seller reads the form: beside the field's
 * top-right corner, then left of the field, then above it; then sliding a little
 * along those edges. Pure, so the rules are tested with properties in Node.
 */
import { insideViewport, overlapArea, overlaps, type Box, type Viewport } from './geometry';

/** Space between the field and its marker, so the marker reads as "about this field" but never touches it. */
export const MARKER_GAP = 4;
/** How far a marker may slide along an edge, in steps of its own size: further and it stops reading as "this field". */
const SLIDES = 4;

export interface MarkerPlacement extends Box {
  /** False when every spot touched an obstacle and the least covered one was taken. */
  clear: boolean;
}

/** The spots tried, best first. Exported for the property tests. */
export function markerCandidates(field: Box, size: number, viewport: Viewport): Box[] {
  const right = field.left + field.width;
  const bottom = field.top + field.height;
  const step = size + MARKER_GAP;
  const spots: Box[] = [];
  const at = (left: number, top: number) => spots.push({ left, top, width: size, height: size });
  const aboveTop = field.top - MARKER_GAP - size;
  const leftOf = field.left - MARKER_GAP - size;
  // The preferred three: right of the top-right corner, left of the top-left corner, above the right end.
  at(right + MARKER_GAP, field.top);
  at(leftOf, field.top);
  // Above, from the right end leftwards (a field wider than the window starts at the window's edge).
  const aboveStart = Math.min(right, viewport.width) - size;
  for (let k = 0; k < SLIDES && aboveStart - k * step >= field.left; k++) at(aboveStart - k * step, aboveTop);
  at(field.left, aboveTop);
  // Down the right and left edges of a tall field (a textarea), then a little further out.
  for (let k = 1; k < SLIDES && field.top + k * step + size <= bottom; k++) at(right + MARKER_GAP, field.top + k * step);
  for (let k = 1; k < SLIDES && field.top + k * step + size <= bottom; k++) at(leftOf, field.top + k * step);
  for (let k = 1; k < SLIDES; k++) at(right + MARKER_GAP + k * step, field.top);
  for (let k = 1; k < SLIDES; k++) at(leftOf - k * step, field.top);
  // Last resort: below the field's right end, then its left end.
  at(right - size, bottom + MARKER_GAP);
  at(field.left, bottom + MARKER_GAP);
  return spots;
}

/**
 * The marker's box for `field`, or null when no spot beside it is inside the viewport
 * (the field is scrolled away). `size` is the marker's side in CSS pixels.
 */
export function placeMarker(field: Box, viewport: Viewport, obstacles: readonly Box[], size: number): MarkerPlacement | null {
  let best: Box | null = null;
  let bestCover = Number.POSITIVE_INFINITY;
  for (const spot of markerCandidates(field, size, viewport)) {
    if (!insideViewport(spot, viewport) || overlaps(spot, field)) continue;
    let cover = 0;
    for (const obstacle of obstacles) cover += overlapArea(spot, obstacle);
    if (cover === 0) return { ...spot, clear: true };
    if (cover < bestCover) {
      best = spot;
      bestCover = cover;
    }
  }
  return best ? { ...best, clear: false } : null;
}
