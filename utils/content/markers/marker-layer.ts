/**
 * Field markers: one small badge beside each checked field with the number of
 * findings and the worst one's severity, a real button that opens Rapi's side
 * panel at that field. Beside the page, never over it: placement keeps off the
 * field's text and the page's own controls (place-marker.ts, obstacles.ts).
 *
 * Markers follow their field on scroll (any scroller, captured, passive) and on
 * resize (ResizeObserver), batched in one animation frame, and go when the field
 * leaves the page or is hidden. Only the user's own clicks and keys activate a
 * marker: script-made events are stopped at the closed shadow root. Offending
 * words in a rich editor are underlined without touching its DOM (underlines.ts).
 */
import type { Language } from '../../i18n/translate';
import type { TextField } from '../../marketplaces/editor/types';
import type { Severity } from '../../quality/severity';
import { createIsolatedHost } from '../isolated-host';
import { inflate, viewportOf, type Box } from './geometry';
import { MARKER_CSS, MARKER_SIZE } from './marker-styles';
import { markerName } from './marker-text';
import { collectObstacles } from './obstacles';
import { createUnderlines, type Underline } from './underlines';
import { MARKER_GAP, placeMarker } from './place-marker';

export interface MarkerSpec {
  field: TextField;
  element: Element;
  count: number;
  worst: Severity | null;
  /** Offending words to underline, where the field allows it (rich editors, with the Custom Highlight API). */
  underlines?: readonly Underline[];
}

export interface MarkerLayerOptions {
  /** The user clicked (or pressed Enter or Space on) the marker of `field`. */
  onActivate(field: TextField): void;
  language: Language;
  /** Aborting it removes the layer, as `dispose` does. */
  signal?: AbortSignal;
  /** The page's controls near a field (default `collectObstacles`); tests give boxes directly. */
  obstacles?: (doc: Document, near: Box, field: Element) => Box[];
}

export interface MarkerLayer {
  /** The markers to show: one per field; a field left out loses its marker. */
  update(specs: readonly MarkerSpec[]): void;
  dispose(): void;
}

export const MARKER_HOST_TAG = 'rapi-markers';

interface Marker {
  spec: MarkerSpec;
  button: HTMLButtonElement;
  label: HTMLSpanElement;
}

const SHAPE: Record<Severity, string> = { error: 'marker--error', warning: 'marker--warning', tip: 'marker--tip' };

/** How far around a field the page's controls are looked for: where its marker may go. */
const SEARCH_MARGIN = 4 * (MARKER_SIZE + MARKER_GAP);

function isShown(element: Element, box: DOMRect): boolean {
  if (!element.isConnected || box.width === 0 || box.height === 0) return false;
  const check = (element as HTMLElement).checkVisibility;
  if (typeof check === 'function') return check.call(element, { visibilityProperty: true, opacityProperty: true });
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style?.visibility !== 'hidden' && style?.display !== 'none';
}

export function createMarkerLayer(doc: Document, options: MarkerLayerOptions): MarkerLayer {
  const abort = new AbortController();
  const signal = abort.signal;
  const view = doc.defaultView;
  const { host, root } = createIsolatedHost(doc, MARKER_HOST_TAG, MARKER_CSS, signal, { attach: false });
  const findObstacles =
    options.obstacles ?? ((d: Document, near: Box, field: Element) => collectObstacles(d, near, { field, ignore: (el) => el === host }));
  const markers = new Map<TextField, Marker>();
  const underlines = createUnderlines(doc);
  let frame: number | undefined;
  let disposed = false;

  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(() => schedule()) : undefined;
  // A field taken out of the page (a React re-render, a tab switch in the form) fires no scroll or resize;
  // one hidden with display: none does fire the resize observer (its box goes to zero).
  const mutations = typeof MutationObserver === 'function' ? new MutationObserver(() => schedule()) : undefined;
  if (doc.body) mutations?.observe(doc.body, { childList: true, subtree: true });

  function schedule(): void {
    if (disposed || frame !== undefined) return;
    const run = () => {
      frame = undefined;
      layout();
    };
    frame = view?.requestAnimationFrame ? view.requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);
  }

  function cancelFrame(): void {
    if (frame !== undefined) (view?.cancelAnimationFrame ?? clearTimeout)(frame);
    frame = undefined;
  }

  function layout(): void {
    if (disposed) return;
    const viewport = viewportOf(doc);
    for (const marker of markers.values()) {
      const element = marker.spec.element;
      const rect = element.getBoundingClientRect();
      if (!isShown(element, rect)) {
        marker.button.hidden = true;
        continue;
      }
      const field: Box = { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
      const obstacles = findObstacles(doc, inflate(field, SEARCH_MARGIN), element);
      const spot = placeMarker(field, viewport, obstacles, MARKER_SIZE);
      if (!spot) {
        marker.button.hidden = true;
        continue;
      }
      marker.button.hidden = false;
      marker.button.style.left = `${Math.round(spot.left)}px`;
      marker.button.style.top = `${Math.round(spot.top)}px`;
    }
    // The layer joins the page with its first marker shown (and again if the page removed it):
    // nothing of Rapi's is in the page before there is something to see.
    if (!host.isConnected && [...markers.values()].some((marker) => !marker.button.hidden)) {
      (doc.documentElement ?? doc.body).append(host);
    }
  }

  function render(marker: Marker): void {
    const { field, count, worst } = marker.spec;
    const name = markerName(options.language, field, count, worst);
    marker.button.setAttribute('aria-label', name);
    marker.button.title = name;
    marker.button.className = `marker ${count > 0 && worst ? SHAPE[worst] : 'marker--ok'}`;
    marker.label.textContent = count > 0 && worst ? (count > 9 ? '9+' : String(count)) : '✓';
  }

  function create(spec: MarkerSpec): Marker {
    const button = doc.createElement('button');
    button.type = 'button';
    button.hidden = true;
    const shape = doc.createElement('span');
    shape.className = 'shape';
    shape.setAttribute('aria-hidden', 'true');
    const label = doc.createElement('span');
    shape.append(label);
    button.append(shape);
    const marker: Marker = { spec, button, label };
    button.addEventListener(
      'click',
      (event) => {
        // Enter and Space on a focused button make a trusted click too; a script's click is never trusted.
        if (!event.isTrusted) return;
        event.preventDefault();
        options.onActivate(marker.spec.field);
      },
      { signal },
    );
    root.append(button);
    return marker;
  }

  const update = (specs: readonly MarkerSpec[]) => {
    if (disposed) return;
    const wanted = new Map(specs.map((spec) => [spec.field, spec]));
    for (const [field, marker] of markers) {
      const spec = wanted.get(field);
      if (!spec || spec.element !== marker.spec.element) resizes?.unobserve(marker.spec.element);
      if (!spec) {
        marker.button.remove();
        markers.delete(field);
        underlines.set(field, marker.spec.element, []);
      }
    }
    for (const spec of wanted.values()) {
      const marker = markers.get(spec.field) ?? create(spec);
      markers.set(spec.field, marker);
      marker.spec = spec;
      // Observing an element already observed changes nothing.
      resizes?.observe(spec.element);
      render(marker);
    }
    // Placed now, not in the next frame: new markers come from a message a few times a second at
    // most, not from a burst of scroll events, and waiting for a frame cost up to 16 ms of issue
    // 15's navigation → markers budget. A frame already asked for has nothing left to do.
    cancelFrame();
    layout();
    // Underlines after the markers: the first one adds their look to the page, which makes the
    // browser work out the page's styles again; the markers need not wait for that.
    for (const spec of wanted.values()) underlines.set(spec.field, spec.element, spec.underlines ?? []);
  };

  const dispose = () => {
    if (disposed) return;
    disposed = true;
    cancelFrame();
    resizes?.disconnect();
    mutations?.disconnect();
    underlines.dispose();
    abort.abort();
    host.remove();
    markers.clear();
  };

  // Any scroller (the page, a form column, a dialog) moves fields: capture catches them all.
  doc.addEventListener('scroll', () => schedule(), { capture: true, passive: true, signal });
  view?.addEventListener('resize', () => schedule(), { passive: true, signal });
  options.signal?.addEventListener('abort', dispose, { once: true });
  if (options.signal?.aborted) dispose();

  return { update, dispose };
}
