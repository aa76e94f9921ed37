/**
 * Navigation start → field markers drawn (issue 15's budget: under 100 ms median), in headless
 * Chromium with the built extension: the content script starts, the page agent reads the form
 * and sends it, the background checks it and sends the markers back, the marker layer places
 * them. "Drawn" is the first marker button shown at its place in Rapi's closed `rapi-markers`
 * root, on the page's own clock (performance.now() counts from navigation start), so the
 * automation protocol's round trips do not count. The root is closed: the driver reaches it
 * over CDP and polls for the host; a marker drawn between two polls counts at the later one.
 */
import { launchChromium } from '../e2e/drivers/chromium';
import type { PanelSource } from '../e2e/drivers/driver';
import type { FixturePage } from '../fixtures/pages';

export const MARKERS_HOST = 'rapi-markers';

/** Source text (tsx adds a `__name` helper to nested functions that the page lacks). */
const DRAWN_AT: PanelSource<null, number | null> = `(root) => {
  if (!root) return null;
  const drawn = () => [...root.querySelectorAll('button')].some((b) => !b.hidden && b.style.left !== '');
  if (drawn()) return performance.now();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (drawn()) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
  });
}`;

async function drawnAt(driver: Awaited<ReturnType<typeof launchChromium>>): Promise<number> {
  for (let tries = 0; tries < 2000; tries++) {
    const at = await driver.inHost(MARKERS_HOST, DRAWN_AT, null).catch(() => null);
    if (at === -1) throw new Error('no marker was drawn');
    if (at !== null) return at;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the markers did not appear');
}

/** The page's own DOMContentLoaded on its clock: when the content script (run at document_end) can start. */
const DOM_READY = `performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart ?? 0`;

export interface MarkerTimes {
  /** Navigation start → first marker drawn. */
  total: number[];
  /** The page's DOMContentLoaded → first marker drawn: Rapi's own part (read, check, markers, layout). */
  afterDomReady: number[];
}

export async function navigationToMarkers(pages: readonly FixturePage[], runs: number): Promise<Map<FixturePage, MarkerTimes>> {
  const driver = await launchChromium();
  const results = new Map<FixturePage, MarkerTimes>();
  try {
    // Tall enough that every checked field of the fixtures is on screen (a marker is drawn only
    // for a field in view; scrolling is not what this measures).
    await driver.setViewport({ width: 1366, height: 1600 });
    // One unmeasured load so the extension's files are in the cache, as for a seller who works all day.
    await driver.goto(pages[0]!.url);
    for (const page of pages) {
      const times: MarkerTimes = { total: [], afterDomReady: [] };
      for (let run = 0; run < runs; run++) {
        await driver.page.goto(page.url, { waitUntil: 'commit' });
        const at = await drawnAt(driver);
        times.total.push(at);
        times.afterDomReady.push(at - ((await driver.page.evaluate(DOM_READY)) as number));
      }
      results.set(page, times);
    }
  } finally {
    await driver.close();
  }
  return results;
}
