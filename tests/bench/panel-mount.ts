/**
 * Time from navigation start to the panel mounted, in headless Chromium with the
 * built extension. Measured inside the page on its own clock (performance.now()
 * counts from navigation start), so Playwright's round trips do not count.
 */
import { launchChromium } from '../e2e/drivers/chromium';
import type { FixturePage } from '../fixtures/pages';

/** Runs in the page before any of its scripts: notes when Rapi's panel first appears. */
function watchForPanel() {
  const w = window as unknown as { __rapiPanelAt?: number };
  const check = () => {
    if (w.__rapiPanelAt !== undefined) return true;
    if (document.querySelector('rapi-panel')?.shadowRoot?.querySelector('[data-testid="rapi-panel"]')) {
      w.__rapiPanelAt = performance.now();
      return true;
    }
    return false;
  };
  const frame = () => {
    if (!check()) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export async function navigationToPanel(pages: readonly FixturePage[], runs: number): Promise<Map<FixturePage, number[]>> {
  const driver = await launchChromium();
  await driver.context.addInitScript(watchForPanel);
  const results = new Map<FixturePage, number[]>();
  try {
    // One unmeasured load so the extension's files are in the cache, as for a seller who works all day.
    await driver.goto(pages[0]!.url);
    for (const page of pages) {
      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        await driver.goto(page.url);
        const at = await driver.page.waitForFunction(() => (window as unknown as { __rapiPanelAt?: number }).__rapiPanelAt, null, {
          timeout: 10_000,
          polling: 50,
        });
        times.push((await at.jsonValue()) as number);
      }
      results.set(page, times);
    }
  } finally {
    await driver.close();
  }
  return results;
}
