/**
 * Boxes in viewport (client) coordinates, as `getBoundingClientRect` gives them.
 * Plain data so placement stays a pure function that Node tests can drive.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Overlap of positive area; boxes that only touch along an edge do not overlap. */
export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

export function overlaps(a: Box, b: Box): boolean {
  return overlapArea(a, b) > 0;
}

export function insideViewport(box: Box, viewport: Viewport): boolean {
  return box.left >= 0 && box.top >= 0 && box.left + box.width <= viewport.width && box.top + box.height <= viewport.height;
}

/** `box` grown by `margin` on every side. */
export function inflate(box: Box, margin: number): Box {
  return { left: box.left - margin, top: box.top - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
}

/**
 * The part of the window a fixed-position element can use: without the page's scrollbars,
 * which `innerWidth`/`innerHeight` include (Firefox draws them over 12–17 px of the page).
 */
export function viewportOf(doc: Document): Viewport {
  const root = doc.documentElement;
  const view = doc.defaultView;
  return {
    width: root?.clientWidth || view?.innerWidth || 0,
    height: root?.clientHeight || view?.innerHeight || 0,
  };
}
