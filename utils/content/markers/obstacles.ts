/**
 * The page's own controls near a field, which a marker must not cover: buttons,
 * inputs, labels, links, character counters and the help boxes marketplaces coach
 * sellers with. Bounded so it stays cheap on every scroll frame: it looks only
 * inside the smallest ancestor that spans the area around the field, reads at most
 * `limit` elements there, and probes a few points for overlays placed elsewhere in
 * the document (a fixed help column, a sticky footer).
 */
import { overlaps, type Box } from './geometry';

/** What counts as the page's own: controls, labels, and help, hint, tip and counter boxes by role or class name. */
export const OBSTACLE_SELECTOR = [
  'input:not([type="hidden"])',
  'textarea',
  'select',
  'button',
  'a[href]',
  'label',
  'summary',
  'img',
  '[role="button"]',
  '[role="link"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="combobox"]',
  '[role="tab"]',
  '[role="note"]',
  '[role="tooltip"]',
  '[role="alert"]',
  '[role="status"]',
  '[role="complementary"]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  'aside',
  '[class*="help" i]',
  '[class*="hint" i]',
  '[class*="tip" i]',
  '[class*="guide" i]',
  '[class*="recommend" i]',
  '[class*="count" i]',
  // Units and signs drawn beside an input ("Rp", "gr", "kg"): prefix, suffix, addon, `f-input__pre`, `__suf`.
  '[class*="suffix" i]',
  '[class*="prefix" i]',
  '[class*="addon" i]',
  '[class*="addafter" i]',
  '[class*="addbefore" i]',
  '[class*="__pre" i]',
  '[class*="__suf" i]',
].join(',');

export interface ObstacleOptions {
  /** The field the marker is for: it and its ancestors (wrappers that contain it) are not obstacles. */
  field?: Element;
  /** At most this many elements are read (default 400). */
  limit?: number;
  /** Rapi's own elements, never obstacles. */
  ignore?: (element: Element) => boolean;
}

function toBox(rect: DOMRect): Box {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

/** The smallest ancestor of what is at the middle of `near` whose box covers `near`. */
function scopeFor(doc: Document, near: Box, field: Element | undefined): Element | null {
  const view = doc.defaultView;
  const x = Math.min(Math.max(near.left + near.width / 2, 0), (view?.innerWidth ?? 1) - 1);
  const y = Math.min(Math.max(near.top + near.height / 2, 0), (view?.innerHeight ?? 1) - 1);
  let scope: Element | null = field?.parentElement ?? (typeof doc.elementFromPoint === 'function' ? doc.elementFromPoint(x, y) : null);
  while (scope && scope !== doc.body && scope !== doc.documentElement) {
    const box = scope.getBoundingClientRect();
    if (box.left <= near.left && box.top <= near.top && box.right >= near.left + near.width && box.bottom >= near.top + near.height) {
      return scope;
    }
    scope = scope.parentElement;
  }
  return doc.body;
}

export function collectObstacles(doc: Document, near: DOMRect | Box, options: ObstacleOptions = {}): Box[] {
  const { field, limit = 400, ignore } = options;
  const area = 'x' in near ? toBox(near) : near;
  const skip = (el: Element) => (field !== undefined && (el === field || el.contains(field))) || ignore?.(el) === true;
  const found: Box[] = [];
  const seen = new Set<Element>();
  const take = (el: Element) => {
    if (seen.has(el) || skip(el)) return;
    seen.add(el);
    const box = toBox(el.getBoundingClientRect());
    if (box.width > 0 && box.height > 0 && overlaps(box, area)) found.push(box);
  };

  const scope = scopeFor(doc, area, field);
  const candidates = scope?.querySelectorAll(OBSTACLE_SELECTOR) ?? [];
  for (let i = 0; i < candidates.length && i < limit; i++) take(candidates[i]!);

  // Overlays from elsewhere in the document: what is on top at a few points around the field.
  const view = doc.defaultView;
  if (typeof doc.elementFromPoint === 'function' && view) {
    const xs = [area.left, area.left + area.width / 2, area.left + area.width];
    const ys = [area.top, area.top + area.height / 2, area.top + area.height];
    for (const x of xs) {
      for (const y of ys) {
        if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) continue;
        const top = doc.elementFromPoint(x, y);
        const hit = top?.closest(OBSTACLE_SELECTOR);
        if (hit && !scope?.contains(hit)) take(hit);
      }
    }
  }
  return found;
}
