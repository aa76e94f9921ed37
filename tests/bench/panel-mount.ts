/**
 * Time from navigation start to the panel mounted, in headless Chromium with the
 * built extension. Measured inside the page on its own clock (performance.now()
 * counts from navigation start), so Playwright's round trips do not count.
 */
import { launchChromium } from '../e2e/drivers/chromium';
import type { PanelSource } from '../e2e/drivers/driver';
import type { FixturePage } from '../fixtures/pages';

/**
 * Runs with Rapi's closed shadow root, in the automation protocol's own world, on
 * the page's clock: the time the panel is there, waiting for it with a mutation
 * observer once the host exists (headless Chromium may paint no frames). The root
 * is closed, so nothing in the page can watch for it; the driver polls for the host
 * over CDP, and a panel that rendered between two polls is counted at the later
 * one (a few milliseconds at most). Source text: tsx wraps nested functions in a
 * `__name` helper the page does not have.
 */
const PANEL_AT: PanelSource<null, number | null> = `(shadow) => {
  if (!shadow) return null;
  const found = () => shadow.querySelector('[data-testid="rapi-panel"]') !== null;
  if (found()) return performance.now();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (found()) { observer.disconnect(); resolve(performance.now()); }
    });
    observer.observe(shadow, { childList: true, subtree: true });
  });
}`;

async function panelAt(driver: Awaited<ReturnType<typeof launchChromium>>): Promise<number> {
  for (let tries = 0; tries < 2000; tries++) {
    const at = await driver.inPanel(PANEL_AT, null).catch(() => null);
    if (at !== null) return at;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('the panel did not mount');
}

export async function navigationToPanel(pages: readonly FixturePage[], runs: number): Promise<Map<FixturePage, number[]>> {
  const driver = await launchChromium();
  const results = new Map<FixturePage, number[]>();
  try {
    // One unmeasured load so the extension's files are in the cache, as for a seller who works all day.
    await driver.goto(pages[0]!.url);
    for (const page of pages) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        await driver.page.goto(page.url, { waitUntil: 'commit' });
        times.push(await panelAt(driver));
      }
      results.set(page, times);
    }
  } finally {
    await driver.close();
  }
  return results;
}
