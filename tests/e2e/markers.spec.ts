/**
 * Field markers and the palette popover with real layout, in Chromium and Firefox,
 * on every marketplace's editor fixture at 1366×768 (a budget laptop) and 1024×700:
 * no marker covers the page's inputs, labels, buttons or help boxes, markers are at
 * most 24×24 px beside their field, and the popover stays on screen next to the
 * caret, flipping above it near the window's bottom.
 *
 * The fixture is shown in an iframe of that size (the drivers' windows are larger),
 * and the modules are bundled into it (harness/markers.page.ts), as the content
 * script will load them.
 */
import type { ExtensionDriver } from './drivers/driver';
import { harnessBundle } from './harness/bundle';
import type { MarkerReport, PopoverReport } from './harness/markers.page';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { expect, test } from './test';

const BUNDLE = harnessBundle('markers');
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1024, height: 700 },
] as const;
const EDITORS = FIXTURE_PAGES.filter((page) => page.kind === 'listing-editor');

async function openFramed(driver: ExtensionDriver, url: string, size: { width: number; height: number }) {
  const host = `${new URL(url).origin}/__rapi_harness__/markers-${size.width}x${size.height}`;
  driver.server.addHtml(
    host,
    `<!doctype html><html><body style="margin:0"><iframe id="rapi-frame" src="${url}" style="border:0;width:${size.width}px;height:${size.height}px"></iframe></body></html>`,
  );
  await driver.goto(host);
  await driver.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const check = () => {
          const doc = document.querySelector<HTMLIFrameElement>('#rapi-frame')?.contentDocument;
          if (doc?.readyState === 'complete' && doc.querySelector('[data-fixture-field]')) resolve();
          else setTimeout(check, 20);
        };
        check();
      }),
    null,
  );
  await driver.evaluate((code) => {
    const doc = document.querySelector<HTMLIFrameElement>('#rapi-frame')!.contentDocument!;
    const script = doc.createElement('script');
    script.textContent = code;
    doc.head.append(script);
  }, BUNDLE);
}

const inFrame = <R>(driver: ExtensionDriver, call: string) =>
  driver.evaluate((source) => {
    const frame = document.querySelector<HTMLIFrameElement>('#rapi-frame')!.contentWindow! as unknown as Record<string, unknown>;
    return (new Function('w', `return w.${source}`) as (w: unknown) => Promise<R>)(frame);
  }, call);

for (const page of EDITORS) {
  for (const size of SIZES) {
    test(`${page.marketplace} editor at ${size.width}×${size.height}: markers beside the fields, off the page's controls`, async ({
      driver,
    }) => {
      await openFramed(driver, page.url, size);
      const reports = await inFrame<MarkerReport[]>(driver, '__rapiMarkers()');
      expect(reports.length).toBeGreaterThan(0);
      // A rich editor's first word is underlined by the browser (both support the Custom Highlight API).
      const rich = await driver.evaluate(
        () =>
          Boolean(
            document
              .querySelector<HTMLIFrameElement>('#rapi-frame')!
              .contentDocument!.querySelector('[data-fixture-field][contenteditable]'),
          ),
        null,
      );
      const underlined = await inFrame<string[]>(driver, '__rapiUnderlined()');
      if (rich) expect(underlined).toHaveLength(1);
      else expect(underlined).toEqual([]);
      for (const report of reports) {
        expect(report.shown, `${report.field} marker shown`).toBe(true);
        expect(report.size.width).toBeLessThanOrEqual(24);
        expect(report.size.height).toBeLessThanOrEqual(24);
        expect(report.covers, `${report.field} marker covers`).toEqual([]);
        const { marker, fieldBox } = report;
        expect(marker.left).toBeGreaterThanOrEqual(0);
        expect(marker.top).toBeGreaterThanOrEqual(0);
        // Inside the window and off its scrollbars.
        expect(report.viewport.width).toBeLessThanOrEqual(size.width);
        expect(marker.left + marker.width).toBeLessThanOrEqual(report.viewport.width);
        expect(marker.top + marker.height).toBeLessThanOrEqual(report.viewport.height);
        // Beside its field: within a few marker widths of the field's box.
        const dx = Math.max(fieldBox.left - (marker.left + marker.width), marker.left - (fieldBox.left + fieldBox.width), 0);
        const dy = Math.max(fieldBox.top - (marker.top + marker.height), marker.top - (fieldBox.top + fieldBox.height), 0);
        expect(Math.max(dx, dy), `${report.field} marker distance from its field`).toBeLessThanOrEqual(100);
      }
    });

    test(`${page.marketplace} editor at ${size.width}×${size.height}: the palette popover stays on screen at the caret`, async ({
      driver,
    }) => {
      await openFramed(driver, page.url, size);
      for (const field of ['title', 'description']) {
        for (const where of ['top', 'bottom'] as const) {
          const report = await inFrame<PopoverReport>(driver, `__rapiPopover(${JSON.stringify(field)}, ${JSON.stringify(where)})`);
          const { dialog, caret, viewport, fieldBox } = report;
          const label = `${field} at the ${where}`;
          expect(dialog.width, label).toBeGreaterThan(200);
          expect(dialog.left, label).toBeGreaterThanOrEqual(0);
          expect(dialog.top, label).toBeGreaterThanOrEqual(0);
          expect(dialog.left + dialog.width, label).toBeLessThanOrEqual(viewport.width);
          expect(dialog.top + dialog.height, label).toBeLessThanOrEqual(viewport.height);
          // The caret is inside its field, and the popover is right above or below its line without covering it.
          expect(caret.left, label).toBeGreaterThanOrEqual(fieldBox.left - 1);
          expect(caret.left, label).toBeLessThanOrEqual(fieldBox.left + fieldBox.width + 1);
          expect(caret.top, label).toBeGreaterThanOrEqual(fieldBox.top - 1);
          // In an input, the mirror's caret agrees with the canvas's measure of the text before it.
          if (report.measured !== null && report.measured <= fieldBox.left + fieldBox.width) {
            expect(Math.abs(caret.left - report.measured), `${label}: caret against the text's width`).toBeLessThanOrEqual(3);
          }
          const gap = report.side === 'below' ? dialog.top - (caret.top + caret.height) : caret.top - (dialog.top + dialog.height);
          expect(gap, `${label}: gap to the caret line`).toBeGreaterThanOrEqual(0);
          expect(gap, `${label}: gap to the caret line`).toBeLessThanOrEqual(8);
          expect(caret.left, label).toBeGreaterThanOrEqual(dialog.left - 1);
          expect(caret.left, label).toBeLessThanOrEqual(dialog.left + dialog.width);
          if (where === 'bottom' && caret.top > viewport.height - 200) expect(report.side, label).toBe('above');
          expect(report.focusBack, `${label}: focus back in the field`).toBe(true);
        }
      }
    });
  }
}
