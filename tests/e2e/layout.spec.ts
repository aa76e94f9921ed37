/**
 * Beside the page, never over it (issue 15's acceptance), with the real content script, in
 * Chromium and Firefox, on every marketplace's add-product fixture at 1366×768 (a budget
 * laptop) and 1024×700.
 *
 * The page is scrolled from top to bottom and to each field; at every stop the page's inputs,
 * textareas, selects, labels, buttons and help boxes (the fixtures mark the marketplaces'
 * coaching columns `data-fixture-help`) are measured against every element Rapi added. Rapi's
 * elements are found without trusting Rapi's own list: a watcher in the page's head records
 * every element put straight into <html> or <body> after the page loaded, and each must be one
 * the test knows how to look inside (the markers' and the palette's closed roots, read through
 * the automation protocol). Markers (at most 24×24 px, beside their field: fields with findings
 * get one) may touch only their own field; the palette popover only while open, fully on screen,
 * within 30 px of the caret's line and never over its middle; closed, it has no box at all.
 *
 * A marker's click opens the side panel at its field's findings, and its count is what the side
 * panel lists for that field.
 */
import { FIXTURE_PAGES, NON_MATCHING_PAGE } from '../fixtures/pages';
import { fixtureHtml } from '../unit/load-fixture';
import { MARKERS_HOST, PALETTE_HOST, type ExtensionDriver, type ExtensionPage } from './drivers/driver';
import { expect, expectSees, POLL, test } from './test';

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
] as const;
const DRIVER_VIEWPORT = { width: 1366, height: 900 };
const SHOUTING = 'KERIPIK TEMPE SAGU KHAS MALANG RENYAH 250 GR';
const EDITORS = FIXTURE_PAGES.filter((page) => page.kind === 'listing-editor');
/** The fixtures' field hooks and the listing's names for them. */
const FIELD_OF: Record<string, string> = {
  title: 'title',
  description: 'description',
  price: 'priceIdr',
  stock: 'stock',
  weight: 'weightGrams',
};
/** The page's own controls and help, by the acceptance's list. */
const PAGE_CONTROLS = [
  'input:not([type="hidden"])',
  'textarea',
  'select',
  'button',
  'label',
  '[contenteditable="true"]',
  '[role="textbox"]',
  '[data-fixture-help]',
].join(',');
/** The hosts the test can look inside; any other element added to the page fails the test. */
const KNOWN_HOSTS = [MARKERS_HOST, PALETTE_HOST];

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface MarkerLayout {
  field: string | null;
  label: string;
  box: Box;
  /** Distance from the nearest fixture field's box. */
  distance: number;
  /** Page controls it overlaps, other than its own field (and what holds it). */
  covers: string[];
  onScreen: boolean;
}

/** The page's own script, first thing in <head>: remembers elements put into <html> or <body> once the page loaded. */
function watchAdded(): void {
  const w = window as unknown as { __rapiE2eAdded: Element[] };
  w.__rapiE2eAdded = [];
  addEventListener('load', () => {
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (node instanceof Element && (node.parentNode === document.body || node.parentNode === document.documentElement))
            w.__rapiE2eAdded.push(node);
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

function withWatcher(html: string): string {
  return html.replace(/<head>/i, `<head><script>(${watchAdded.toString()})();</script>`);
}

/** Runs in the page: the tags of elements added after load that are still there. */
function addedTags(): string[] {
  const added = (window as unknown as { __rapiE2eAdded?: Element[] }).__rapiE2eAdded ?? [];
  return [
    ...new Set(added.filter((el) => el.isConnected && el.localName !== 'script' && el.localName !== 'style').map((el) => el.localName)),
  ];
}

/**
 * Runs with the markers' closed root (in the protocol's own world): each shown marker's box, its
 * field (the nearest fixture field), and the page's controls it overlaps.
 */
function markersIn(root: ShadowRoot | null, controls: string): MarkerLayout[] {
  if (!root) return [];
  const boxOf = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, width: r.width, height: r.height };
  };
  const overlap = (a: Box, b: Box) =>
    Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left) > 0.5 &&
    Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top) > 0.5;
  const distance = (a: Box, b: Box) =>
    Math.max(
      Math.max(b.left - (a.left + a.width), a.left - (b.left + b.width), 0),
      Math.max(b.top - (a.top + a.height), a.top - (b.top + b.height), 0),
    );
  const describe = (el: Element) =>
    `${el.localName}${el.id ? `#${el.id}` : ''}.${String(el.className).trim().split(/\s+/).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
  const fields = [...document.querySelectorAll<HTMLElement>('[data-fixture-field]')];
  const viewport = { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
  return [...root.querySelectorAll<HTMLElement>('button')]
    .filter((button) => !button.hidden && button.getClientRects().length > 0)
    .map((button) => {
      const box = boxOf(button);
      let nearest: HTMLElement | undefined;
      let best = Number.POSITIVE_INFINITY;
      for (const field of fields) {
        const d = distance(box, boxOf(field));
        if (d < best) {
          best = d;
          nearest = field;
        }
      }
      const covers = [...document.querySelectorAll(controls)]
        .filter((el) => !(nearest && el.contains(nearest)) && el.getClientRects().length > 0 && overlap(boxOf(el), box))
        .map(describe);
      return {
        field: nearest?.dataset.fixtureField ?? null,
        label: button.textContent?.trim() ?? '',
        box,
        distance: best,
        covers,
        onScreen: box.left >= 0 && box.top >= 0 && box.left + box.width <= viewport.width && box.top + box.height <= viewport.height,
      };
    });
}

/** Runs with the palette's closed root: the open dialog's box and side, or null when closed (and then it must have no box). */
function popoverBoxIn(root: ShadowRoot | null): { open: boolean; box: Box | null; side: string; rects: number } {
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  if (!dialog) return { open: false, box: null, side: '', rects: 0 };
  const r = dialog.getBoundingClientRect();
  return {
    open: !dialog.hidden,
    box: { left: r.left, top: r.top, width: r.width, height: r.height },
    side: dialog.dataset.side ?? '',
    rects: dialog.getClientRects().length,
  };
}

/** Runs in the page: the scroll stops (top to bottom, a viewport at a time, and each field centred). */
function scrollStops(): number[] {
  const max = document.documentElement.scrollHeight - innerHeight;
  const stops = new Set<number>();
  for (let y = 0; y < max; y += Math.round(innerHeight * 0.7)) stops.add(y);
  stops.add(Math.max(0, max));
  for (const field of document.querySelectorAll('[data-fixture-field]')) {
    const r = field.getBoundingClientRect();
    stops.add(Math.max(0, Math.min(max, Math.round(scrollY + r.top + r.height / 2 - innerHeight / 2))));
  }
  return [...stops].sort((a, b) => a - b);
}

/** Runs in the page: scrolls and waits for the markers to follow (they re-place in an animation frame). */
function scrollAndSettle(y: number): Promise<void> {
  scrollTo(0, y);
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
}

/**
 * Runs in the page: waits for the window to stop scrolling, then brings the field back to the
 * middle of the window, as a seller scrolls back to where they type. Firefox answers Control+Home
 * in a rich-text field by also scrolling the whole page to its top, smoothly, over a few hundred
 * ms (measured: the same with Rapi doing nothing); the caret was measured mid-scroll before.
 */
async function fieldInViewAfterScroll(hook: string): Promise<void> {
  const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
  let last = Number.NaN;
  for (let tries = 0; tries < 40 && scrollY !== last; tries++) {
    last = scrollY;
    await frames();
  }
  document.querySelector(`[data-fixture-field="${hook}"]`)!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  await frames();
}

/** Runs in the page: the vertical extent of the caret's line in a focused field with the caret at its start or end. */
function caretLine(hook: string): { top: number; bottom: number; field: Box } {
  const el = document.querySelector<HTMLElement>(`[data-fixture-field="${hook}"]`)!;
  const r = el.getBoundingClientRect();
  const field = { left: r.left, top: r.top, width: r.width, height: r.height };
  const style = getComputedStyle(el);
  const line = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
  if (el instanceof HTMLInputElement) {
    // One line, centred in the content box.
    const top = r.top + Number.parseFloat(style.borderTopWidth) + Number.parseFloat(style.paddingTop);
    const bottom = r.bottom - Number.parseFloat(style.borderBottomWidth) - Number.parseFloat(style.paddingBottom);
    const middle = (top + bottom) / 2;
    const half = Math.min(line, bottom - top) / 2;
    return { top: middle - half, bottom: middle + half, field };
  }
  if (el instanceof HTMLTextAreaElement) {
    // Caret on the first line (Control+Home): the content box's top, less what is scrolled.
    const top = r.top + Number.parseFloat(style.borderTopWidth) + Number.parseFloat(style.paddingTop) - el.scrollTop;
    return { top, bottom: top + line, field };
  }
  const selection = document.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const rect = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
  if (rect && rect.height > 0) return { top: rect.top, bottom: rect.bottom, field };
  const top = r.top + Number.parseFloat(style.borderTopWidth) + Number.parseFloat(style.paddingTop);
  return { top, bottom: top + line, field };
}

const markerCount = (driver: ExtensionDriver) => driver.inHost(MARKERS_HOST, (root) => root?.querySelectorAll('button').length ?? 0, null);

async function openEditor(driver: ExtensionDriver, page: (typeof EDITORS)[number]) {
  driver.server.addHtml(page.url, withWatcher(fixtureHtml(page.file)));
  // By way of a page Rapi leaves alone: the tab hub forgets the tab, so the same form loaded again
  // gets its markers (a reload of the same form does not yet: panel.spec's reload test).
  await driver.goto(NON_MATCHING_PAGE.url);
  await driver.goto(page.url);
  // Fields with findings get a marker; Lazada's form has none in its text fields, so every form is
  // given a shouting title (as a seller might type it), and the markers are measured with it.
  await driver.fill('[data-fixture-field="title"]', SHOUTING);
  await expect.poll(() => markerCount(driver), { ...POLL, message: `${page.marketplace}: markers drawn` }).toBeGreaterThan(0);
}

// Was pinned as a Firefox bug ("opening the palette in a rich-text description moves the form"):
// the form moved because Firefox scrolls the page to its top on Control+Home, not because of Rapi.
test('the palette opened in a rich-text description leaves the form where it is', async ({ driver }) => {
  const page = EDITORS.find((editor) => editor.marketplace === 'lazada')!;
  await driver.setViewport({ width: 1366, height: 768 });
  await openEditor(driver, page);
  await driver.click('[data-fixture-field="description"]');
  await driver.press('Control+Home');
  await driver.evaluate(fieldInViewAfterScroll, 'description');
  const before = await driver.evaluate(caretLine, 'description');
  await driver.press('Alt+Shift+S');
  await expect.poll(async () => (await driver.inHost(PALETTE_HOST, popoverBoxIn, null)).open, POLL).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 150));
  const after = await driver.evaluate(caretLine, 'description');
  expect(Math.abs(after.field.top - before.field.top)).toBeLessThanOrEqual(2);
});

for (const page of EDITORS) {
  for (const size of SIZES) {
    test(`${page.marketplace} editor at ${size.width}×${size.height}: nothing Rapi adds covers the page's inputs, labels, buttons or help boxes; the palette opens on screen at the caret`, async ({
      driver,
    }) => {
      await driver.setViewport(size);
      try {
        await openEditor(driver, page);
        const stops = await driver.evaluate(scrollStops, null);
        const seenFields = new Set<string>();
        for (const y of stops) {
          await driver.evaluate(scrollAndSettle, y);
          const where = `${page.marketplace} ${size.width}×${size.height} scrolled to ${y}`;
          // Nothing Rapi added that the test cannot look inside.
          for (const tag of await driver.evaluate(addedTags, null))
            expect.soft(KNOWN_HOSTS, `${where}: an element Rapi added that is not a known host`).toContain(tag);
          for (const marker of await driver.inHost(MARKERS_HOST, markersIn, PAGE_CONTROLS)) {
            const label = `${where}: the ${marker.field} marker "${marker.label}"`;
            if (marker.field) seenFields.add(marker.field);
            expect.soft(marker.box.width, `${label} width`).toBeLessThanOrEqual(24);
            expect.soft(marker.box.height, `${label} height`).toBeLessThanOrEqual(24);
            expect.soft(marker.distance, `${label}: beside its field`).toBeLessThanOrEqual(24);
            expect.soft(marker.covers, `${label} covers`).toEqual([]);
            expect.soft(marker.onScreen, `${label}: inside the window`).toBe(true);
          }
          // The palette was never opened: it adds nothing that shows.
          const palette = await driver.inHost(PALETTE_HOST, popoverBoxIn, null);
          expect.soft(palette.open || palette.rects > 0, `${where}: the palette shows while closed`).toBe(false);
        }
        // Markers were seen on the way (fields with findings get one), each beside one of the form's text fields.
        expect(seenFields.size).toBeGreaterThan(0);
        for (const field of seenFields) expect(Object.keys(FIELD_OF)).toContain(field);
        // The palette popover, opened by the seller in the title and the description.
        for (const [hook, key] of [
          ['title', 'End'],
          ['description', 'Control+Home'],
        ] as const) {
          const label = `${page.marketplace} ${size.width}×${size.height} ${hook}`;
          await driver.click(`[data-fixture-field="${hook}"]`);
          await driver.press(key);
          await driver.evaluate(fieldInViewAfterScroll, hook);
          const line = await driver.evaluate(caretLine, hook);
          await driver.press('Alt+Shift+S');
          await expect
            .poll(async () => (await driver.inHost(PALETTE_HOST, popoverBoxIn, null)).open, { ...POLL, message: label })
            .toBe(true);
          // Let it settle where it goes (it re-places on the next frame if the page scrolled the field).
          await new Promise((resolve) => setTimeout(resolve, 150));
          const { box, side } = await driver.inHost(PALETTE_HOST, popoverBoxIn, null);
          const view = await driver.evaluate(
            () => ({ width: document.documentElement.clientWidth, height: document.documentElement.clientHeight }),
            null,
          );
          const after = await driver.evaluate(caretLine, hook);
          expect(box, label).not.toBeNull();
          const dialog = box!;
          expect.soft(dialog.left, `${label}: left edge on screen`).toBeGreaterThanOrEqual(0);
          expect.soft(dialog.top, `${label}: top edge on screen`).toBeGreaterThanOrEqual(0);
          expect.soft(dialog.left + dialog.width, `${label}: right edge on screen`).toBeLessThanOrEqual(view.width);
          expect.soft(dialog.top + dialog.height, `${label}: bottom edge on screen`).toBeLessThanOrEqual(view.height);
          // Right above or below the caret's line: within 30 px of it, and never over the line's middle
          // (the line measured before opening, unless the page scrolled the field since).
          const caret = Math.abs(after.top - line.top) < 2 ? line : after;
          const middle = (caret.top + caret.bottom) / 2;
          const gap = side === 'above' ? caret.top - (dialog.top + dialog.height) : dialog.top - caret.bottom;
          expect.soft(gap, `${label}: gap to the caret's line (${side})`).toBeLessThanOrEqual(30);
          if (side === 'above') expect.soft(dialog.top + dialog.height, `${label}: over the caret`).toBeLessThanOrEqual(middle);
          else expect.soft(dialog.top, `${label}: over the caret`).toBeGreaterThanOrEqual(middle);
          await driver.press('Escape');
          await expect.poll(async () => (await driver.inHost(PALETTE_HOST, popoverBoxIn, null)).rects, { message: label }).toBe(0);
          expect
            .soft(
              await driver.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.fixtureField ?? null, null),
              `${label}: focus back in the field after Escape`,
            )
            .toBe(hook);
        }
      } finally {
        await driver.setViewport(DRIVER_VIEWPORT);
      }
    });
  }

  test(`${page.marketplace} editor: a marker's click opens the side panel at its field's findings, and its count is the side panel's`, async ({
    driver,
    sidePanelFor,
  }) => {
    await openEditor(driver, page);
    const panel = await sidePanelFor(driver);
    await expectSees(panel, { marketplace: page.marketplace, kind: 'listing-editor' });
    await expect.poll(() => panel.count('[data-testid="rapi-quality"]'), POLL).toBe(1);
    const counts = await findingsPerField(driver, panel);

    // A field with findings has a marker whose number is the side panel's count of them ('9+' past nine);
    // a field without has none.
    const markers: { field: string; label: string }[] = [];
    for (const hook of Object.keys(FIELD_OF)) {
      const exists = await driver.evaluate((h) => document.querySelector(`[data-fixture-field="${h}"]`) !== null, hook);
      if (!exists) continue;
      await driver.evaluate((h) => document.querySelector(`[data-fixture-field="${h}"]`)!.scrollIntoView({ block: 'center' }), hook);
      await driver.evaluate(scrollAndSettle, await driver.evaluate(() => scrollY, null));
      const shown = (await driver.inHost(MARKERS_HOST, markersIn, PAGE_CONTROLS)).find((marker) => marker.field === hook);
      const expected = counts[FIELD_OF[hook]!] ?? 0;
      expect
        .soft(shown?.label ?? null, `${page.marketplace}: the ${hook} marker against the side panel's ${expected} finding(s)`)
        .toBe(expected === 0 ? null : expected > 9 ? '9+' : String(expected));
      if (shown) markers.push({ field: hook, label: shown.label });
    }
    expect(markers.length, `${page.marketplace}: fields with a marker`).toBeGreaterThan(0);

    // A real click on a marker: the side panel brings that field's findings into view and focus.
    const target = markers[0]!;
    await driver.evaluate((h) => document.querySelector(`[data-fixture-field="${h}"]`)!.scrollIntoView({ block: 'center' }), target.field);
    await driver.evaluate(scrollAndSettle, await driver.evaluate(() => scrollY, null));
    const index = await driver.inHost(
      MARKERS_HOST,
      (root, hook: string) => {
        // The button beside the field (the same nearest-field rule as markersIn).
        const buttons = [...(root?.querySelectorAll<HTMLElement>('button') ?? [])];
        const field = document.querySelector(`[data-fixture-field="${hook}"]`)!.getBoundingClientRect();
        let best = -1;
        let bestDistance = Number.POSITIVE_INFINITY;
        buttons.forEach((button, i) => {
          if (button.hidden) return;
          const r = button.getBoundingClientRect();
          const d = Math.max(field.left - r.right, r.left - field.right, field.top - r.bottom, r.top - field.bottom, 0);
          if (d < bestDistance) {
            bestDistance = d;
            best = i;
          }
        });
        return best;
      },
      target.field,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    await driver.clickInHost(MARKERS_HOST, `button:nth-of-type(${index + 1})`);
    const listing = FIELD_OF[target.field]!;
    await expect
      .poll(() => panel.count(`[data-focused="${listing}"]`), { ...POLL, message: `${page.marketplace}: side panel at ${listing}` })
      .toBe(1);
    // What it brought into focus is that field's finding (or the field's line when it has none).
    const focused = await panel.evaluate(() => document.querySelector<HTMLElement>('[data-focused]')?.dataset.testid ?? '', null);
    expect(focused).toMatch(/^rapi-finding-/);
  });
}

/**
 * The side panel's findings per field. The side panel groups findings by rule; each rule's "show"
 * button puts the caret in the field of its first finding, which is how the field is learnt here
 * (the side panel does not print it). A rule whose findings are all in one field counts them all.
 */
async function findingsPerField(driver: ExtensionDriver, panel: ExtensionPage): Promise<Record<string, number>> {
  const rules = await panel.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="rapi-quality"] li[data-testid^="rapi-finding-"]')].map((li) => ({
        id: li.dataset.testid!,
        count: Number(li.dataset.count),
      })),
    null,
  );
  const counts: Record<string, number> = {};
  for (const rule of rules) {
    await driver.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), null);
    await panel.click(`[data-testid="${rule.id}"] .rapi-finding__text`);
    const hook = await expect
      .poll(() => driver.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.fixtureField ?? null, null), {
        timeout: 3_000,
      })
      .not.toBeNull()
      .then(() => driver.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.fixtureField ?? null, null))
      .catch(() => null);
    // A rule about something that is not a text field (photos, category) focuses nothing: no marker counts it.
    const field = hook ? FIELD_OF[hook] : undefined;
    if (field) counts[field] = (counts[field] ?? 0) + rule.count;
  }
  return counts;
}
