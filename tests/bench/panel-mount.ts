/**
 * Time from navigation start to the panel mounted, in headless Chromium with the
 * built extension. Measured inside the page on its own clock (performance.now()
 * counts from navigation start), so Playwright's round trips do not count.
 */
import { launchChromium } from '../e2e/drivers/chromium';
import type { FixturePage } from '../fixtures/pages';

/**
 * Runs in the page before any of its scripts: notes when Rapi's panel first appears.
 * Mutation observers, not animation frames: headless Chromium may paint no frames.
 * Kept as source text because tsx wraps nested functions in a `__name` helper that
 * does not exist in the page.
 */
const WATCH_FOR_PANEL = `(() => {
  const found = (root) => root.querySelector('[data-testid="rapi-panel"]') !== null;
  const mark = () => { if (window.__rapiPanelAt === undefined) window.__rapiPanelAt = performance.now(); };
  const outer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (node.localName !== 'rapi-panel' || !node.shadowRoot) continue;
      const shadow = node.shadowRoot;
      if (found(shadow)) { mark(); outer.disconnect(); continue; }
      const inner = new MutationObserver(() => {
        if (found(shadow)) { mark(); inner.disconnect(); outer.disconnect(); }
      });
      inner.observe(shadow, { childList: true, subtree: true });
    }
  });
  outer.observe(document, { childList: true, subtree: true });
})();`;

export async function navigationToPanel(pages: readonly FixturePage[], runs: number): Promise<Map<FixturePage, number[]>> {
  const driver = await launchChromium();
  await driver.context.addInitScript({ content: WATCH_FOR_PANEL });
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
