/**
 * Navigation start → field markers drawn (issue 15's budget: under 100 ms median), in headless
 * Chromium with the built extension: the content script starts, the page agent reads the form
 * and sends it, the background checks it and sends the markers back, the marker layer places
 * them. "Drawn" is when Rapi's `rapi-markers` host joins the page, on the page's own clock
 * (performance.now() counts from navigation start), seen by a MutationObserver the page world
 * sets up before the page loads: the marker layer adds its host in the same task that places its
 * first shown marker, and not before (marker-layer.ts, pinned by its unit test), so the host's
 * arrival is the drawing. The harness then checks through its closed root that a marker is
 * really shown there. Polling the closed root over the automation protocol instead counted
 * the protocol's round trips (about 25 ms more on this machine).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../e2e/drivers/chromium';
import type { PanelSource } from '../e2e/drivers/driver';
import type { FixturePage } from '../fixtures/pages';

export const MARKERS_HOST = 'rapi-markers';

/**
 * Runs in the page's world before its own scripts: notes when the host arrives, and when the
 * page's app first put form fields in after the parser was done (the fixtures' React form takes
 * its inputs out while parsing and puts its own back in one commit after DOMContentLoaded, as the
 * marketplaces' apps do): until then there is nothing for Rapi to mark. The parser's own fields
 * are in place by DOMContentLoaded, which FORM_READY takes when no app put any in later.
 */
const WATCH_HOST = `(() => {
  window.__rapiFormAt = 0;
  const FIELD = 'input, textarea, [contenteditable]';
  new MutationObserver((records, observer) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!window.__rapiFormAt && document.readyState !== 'loading' && node.nodeType === 1 && (node.matches(FIELD) || node.querySelector(FIELD))) {
          window.__rapiFormAt = performance.now();
        }
        if (node.nodeName === '${MARKERS_HOST.toUpperCase()}') {
          window.__rapiMarkersAt = performance.now();
          observer.disconnect();
          return;
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
})()`;

/** Source text (tsx adds a `__name` helper to nested functions that the page lacks). */
const SHOWN: PanelSource<null, boolean> =
  `(root) => Boolean(root) && [...root.querySelectorAll('button')].some((b) => !b.hidden && b.style.left !== '')`;

type Driver = Awaited<ReturnType<typeof launchChromium>>;

async function drawnAt(driver: Driver): Promise<number> {
  for (let tries = 0; tries < 2000; tries++) {
    const at = (await driver.page.evaluate('window.__rapiMarkersAt').catch(() => undefined)) as number | undefined;
    if (typeof at === 'number') {
      if (!(await driver.inHost(MARKERS_HOST, SHOWN, null))) throw new Error('the markers host came without a marker shown');
      return at;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the markers did not appear');
}

/** The page's own DOMContentLoaded on its clock: when the content script can start. */
const DOM_READY = `performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0`;
/** When the page's form is in place: its DOMContentLoaded, or later when its app puts fields back. */
const FORM_READY = `Math.max(${DOM_READY}, window.__rapiFormAt ?? 0)`;

export interface MarkerTimes {
  /** Navigation start → first marker drawn. */
  total: number[];
  /** The page's DOMContentLoaded → first marker drawn. */
  afterDomReady: number[];
  /** The page's form in place → first marker drawn: Rapi's own part (start, read, check, markers, layout). */
  afterFormReady: number[];
}

export interface PageAloneTimes {
  domReady: number[];
  formReady: number[];
}

/**
 * Loads each page `runs` times in one headless Chromium with `extensionDir` (Rapi's build when
 * not given), the page's clock watched from before its own scripts, and collects what `measure`
 * reads after each load.
 */
async function timeLoads<T>(
  pages: readonly FixturePage[],
  runs: number,
  extensionDir: string | undefined,
  measure: (driver: Driver, page: FixturePage) => Promise<T>,
): Promise<Map<FixturePage, T[]>> {
  const driver = await launchChromium(extensionDir === undefined ? {} : { extensionDir });
  const results = new Map<FixturePage, T[]>();
  try {
    // Tall enough that every checked field of the fixtures is on screen (a marker is drawn only
    // for a field in view; scrolling is not what this measures).
    await driver.setViewport({ width: 1366, height: 1600 });
    await driver.page.addInitScript(WATCH_HOST);
    // One unmeasured load so the extension's files are in the cache, as for a seller who works all day.
    await driver.goto(pages[0]!.url);
    for (const page of pages) {
      const times: T[] = [];
      for (let run = 0; run < runs; run++) times.push(await measure(driver, page));
      results.set(page, times);
    }
  } finally {
    await driver.close();
  }
  return results;
}

export async function navigationToMarkers(pages: readonly FixturePage[], runs: number): Promise<Map<FixturePage, MarkerTimes>> {
  const loads = await timeLoads(pages, runs, undefined, async (driver, page) => {
    await driver.page.goto(page.url, { waitUntil: 'commit' });
    const at = await drawnAt(driver);
    const domReady = (await driver.page.evaluate(DOM_READY)) as number;
    const formReady = (await driver.page.evaluate(FORM_READY)) as number;
    return { total: at, afterDomReady: at - domReady, afterFormReady: at - formReady };
  });
  return new Map(
    [...loads].map(([page, times]) => [
      page,
      {
        total: times.map((t) => t.total),
        afterDomReady: times.map((t) => t.afterDomReady),
        afterFormReady: times.map((t) => t.afterFormReady),
      },
    ]),
  );
}

/**
 * The same pages in the same browser with an extension that does nothing (a manifest and an
 * empty service worker) instead of Rapi: navigation → the page's DOMContentLoaded and → its form
 * in place. The floor under "navigation → markers": no extension can mark a field before the page
 * has put it there.
 */
export async function pageAlone(pages: readonly FixturePage[], runs: number): Promise<Map<FixturePage, PageAloneTimes>> {
  const extensionDir = mkdtempSync(join(tmpdir(), 'rapi-no-op-extension-'));
  try {
    writeFileSync(
      join(extensionDir, 'manifest.json'),
      JSON.stringify({ manifest_version: 3, name: 'no-op', version: '1.0', background: { service_worker: 'worker.js' } }),
    );
    writeFileSync(join(extensionDir, 'worker.js'), '');
    const loads = await timeLoads(pages, runs, extensionDir, async (driver, page) => {
      // "load" and a frame after it: the app's fields are back by then (they come in a task after DOMContentLoaded).
      await driver.page.goto(page.url, { waitUntil: 'load' });
      await driver.page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))');
      return { domReady: (await driver.page.evaluate(DOM_READY)) as number, formReady: (await driver.page.evaluate(FORM_READY)) as number };
    });
    return new Map(
      [...loads].map(([page, times]) => [page, { domReady: times.map((t) => t.domReady), formReady: times.map((t) => t.formReady) }]),
    );
  } finally {
    rmSync(extensionDir, { recursive: true, force: true });
  }
}
