/** Bundled into the Tokopedia editor fixture by palette-open.ts: times the popover and the marker layout in the browser. */
import { createMarkerLayer, type MarkerSpec } from '../../utils/content/markers';
import { createPalettePopover } from '../../utils/content/palette-popover';
import type { TextField } from '../../utils/marketplaces/editor/types';

const FIELDS: [TextField, string][] = [
  ['title', 'title'],
  ['description', 'description'],
  ['priceIdr', 'price'],
  ['stock', 'stock'],
  ['weightGrams', 'weight'],
];
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

declare global {
  interface Window {
    __rapiPopoverBench: (runs: number) => Promise<number[]>;
    __rapiMarkerBench: (runs: number) => Promise<number[]>;
  }
}

/** Open at the title's caret → 20 results rendered and laid out (a forced layout of the popover). */
window.__rapiPopoverBench = async (runs) => {
  const field = document.querySelector<HTMLInputElement>('[data-fixture-field="title"]')!;
  field.focus();
  const hits = Array.from({ length: 20 }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title: `Garansi dan retur ${i}`,
    shortcut: `;g${i}`,
    preview: 'Garansi 7 hari dari ‹nama toko›. Retur gratis bila ada cacat produksi, sertakan video unboxing.',
    fillIns: [],
  }));
  const popover = createPalettePopover(document, { search: () => hits, insert: async () => null, manage: () => undefined, language: 'id' });
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    field.focus();
    await nextFrame();
    const start = performance.now();
    popover.openAt(field);
    document.documentElement.getBoundingClientRect();
    document.querySelector('rapi-palette')!.getBoundingClientRect();
    times.push(performance.now() - start);
    popover.close();
  }
  return times;
};

/**
 * Marker layout for the fixture's five fields (obstacles collected, spots placed, badges moved):
 * `update` places the markers at once (marker-layer.ts), so the time is the call's own, taken
 * one frame after the last so the page's own frame work is not counted.
 */
window.__rapiMarkerBench = async (runs) => {
  const specs: MarkerSpec[] = FIELDS.flatMap(([field, hook]) => {
    const element = document.querySelector(`[data-fixture-field="${hook}"]`);
    return element ? [{ field, element, count: 2, worst: 'warning' as const }] : [];
  });
  const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id' });
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    await nextFrame();
    const start = performance.now();
    layer.update(specs.map((spec) => ({ ...spec, count: 1 + (run % 3) })));
    times.push(performance.now() - start);
  }
  layer.dispose();
  return times;
};
