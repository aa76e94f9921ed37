/**
 * Bundled into an editor fixture (inside an iframe the size of a laptop screen)
 * by markers.spec.ts: draws the field markers and opens the palette popover
 * there, and reports real geometry, so the spec can check that nothing Rapi adds
 * covers the page's own controls and that the popover stays on screen at the caret.
 */
import { createMarkerLayer, type MarkerSpec } from '../../../utils/content/markers';
import { createPalettePopover } from '../../../utils/content/palette-popover';
import { caretRect } from '../../../utils/dom/caret-rect';
import type { TextField } from '../../../utils/marketplaces/editor/types';

/** The page's own controls and help, by the acceptance test's own list (not the module's). */
const PAGE_CONTROLS = [
  'input:not([type="hidden"])',
  'textarea',
  'select',
  'button',
  'label',
  '[contenteditable="true"]',
  '[role="textbox"]',
  '[class*="hint"]',
  '[class*="help"]',
  '[class*="tips"]',
  '[class*="guide"]',
  '[class*="count"]',
  '[class*="suffix"]',
  '[class*="prefix"]',
  '[class*="__suf"]',
  '[class*="__pre"]',
  '[class*="addafter"]',
  'aside',
].join(',');

const FIELDS: Record<TextField, string> = {
  title: 'title',
  description: 'description',
  priceIdr: 'price',
  stock: 'stock',
  weightGrams: 'weight',
};

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface MarkerReport {
  field: string;
  shown: boolean;
  marker: Box;
  fieldBox: Box;
  size: { width: number; height: number };
  /** The window without its scrollbars. */
  viewport: { width: number; height: number };
  /** Page controls the marker overlaps (tag, class, text), none expected. */
  covers: string[];
}
export interface PopoverReport {
  field: string;
  side: string;
  dialog: Box;
  caret: Box;
  fieldBox: Box;
  viewport: { width: number; height: number };
  focusBack: boolean;
  /** For an input, where the caret is by the canvas's measure of the text before it. */
  measured: number | null;
}

const roots: ShadowRoot[] = [];
const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  const root = attach.call(this, init);
  roots.push(root);
  return root;
};

const box = (el: Element): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, width: r.width, height: r.height };
};
const overlaps = (a: Box, b: Box) =>
  Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top) > 0.5;
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const describe = (el: Element) => `${el.localName}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;

/** The words the marker layer underlined in rich editors, read from the browser's highlight registry. */
let underlined: string[] = [];

declare global {
  interface Window {
    __rapiMarkers: () => Promise<MarkerReport[]>;
    __rapiUnderlined: () => string[];
    __rapiPopover: (field: string, where: 'top' | 'bottom') => Promise<PopoverReport>;
  }
}

window.__rapiMarkers = async () => {
  const specs: MarkerSpec[] = [];
  for (const [field, hook] of Object.entries(FIELDS) as [TextField, string][]) {
    const element = document.querySelector(`[data-fixture-field="${hook}"]`);
    if (!element) continue;
    // In a rich editor, underline its first word (drawn by the browser's Custom Highlight API).
    const word = element.getAttribute('contenteditable') ? (element.textContent ?? '').trim().split(/\s+/)[0] : undefined;
    specs.push({
      field,
      element,
      count: 2,
      worst: 'warning',
      ...(word && { underlines: [{ start: 0, text: word, severity: 'warning' }] }),
    });
  }
  const layer = createMarkerLayer(document, { onActivate: () => undefined, language: 'id' });
  layer.update(specs);
  const registry = (window as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
  underlined = [...(registry?.get('rapi-warning') ?? [])].map(String);
  const root = roots.at(-1)!;
  const buttons = [...root.querySelectorAll('button')];
  const reports: MarkerReport[] = [];
  for (const [index, spec] of specs.entries()) {
    spec.element.scrollIntoView({ block: 'center' });
    await frames();
    await frames();
    const button = buttons[index]!;
    const marker = box(button);
    const covers = button.hidden
      ? []
      : [...document.querySelectorAll(PAGE_CONTROLS)]
          .filter((el) => !el.contains(spec.element) && el.getClientRects().length > 0 && overlaps(box(el), marker))
          .map(describe);
    reports.push({
      field: spec.field,
      shown: !button.hidden,
      marker,
      fieldBox: box(spec.element),
      size: { width: button.offsetWidth, height: button.offsetHeight },
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      covers,
    });
  }
  layer.dispose();
  return reports;
};

window.__rapiUnderlined = () => underlined;

window.__rapiPopover = async (hook, where) => {
  const el = document.querySelector<HTMLElement>(`[data-fixture-field="${hook}"]`)!;
  el.scrollIntoView({ block: where === 'top' ? 'start' : 'end' });
  // Leave a little room at the window's edge, as a seller's scrolling would.
  window.scrollBy(0, where === 'top' ? -40 : 10);
  el.focus();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.setSelectionRange(8, 8);
  } else {
    const text = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
    const range = document.createRange();
    if (text) range.setStart(text, Math.min(8, text.textContent?.length ?? 0));
    else range.selectNodeContents(el);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }
  await frames();
  const hits = Array.from({ length: 8 }, (_, i) => ({
    id: `00000000-0000-4000-8000-00000000000${i}`,
    title: `Teks ${i}`,
    preview: 'Garansi 7 hari dari ‹nama toko›.',
    fillIns: [],
  }));
  const popover = createPalettePopover(document, {
    search: () => hits,
    insert: async () => null,
    manage: () => undefined,
    language: 'id',
  });
  popover.openAt(el);
  // Firefox may scroll the focused field into view a moment later: the popover follows on the next frame.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await frames();
  // Measured as the field shows it while the popover has the focus (a blurred input scrolls back to its start).
  const caret = caretRect(el);
  // An independent measure for an input: the text before the caret in the input's own font.
  let measured: number | null = null;
  if (el instanceof HTMLInputElement) {
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = style.font || `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    measured =
      el.getBoundingClientRect().left +
      Number.parseFloat(style.borderLeftWidth) +
      Number.parseFloat(style.paddingLeft) +
      context.measureText(el.value.slice(0, 8)).width -
      el.scrollLeft;
  }
  const dialog = roots.at(-1)!.querySelector<HTMLElement>('[role="dialog"]')!;
  const report: PopoverReport = {
    field: hook,
    side: dialog.dataset.side ?? '',
    dialog: box(dialog),
    caret,
    fieldBox: box(el),
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    focusBack: false,
    measured,
  };
  dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  popover.close();
  report.focusBack = document.activeElement === el;
  return report;
};
