/**
 * From a keystroke in the page to the panel showing it, in headless Chromium with
 * the built extension (the listing reader is debounced: 100 ms after the last
 * input, 250 ms at most). Measured in the page on its own clock.
 */
import { launchChromium } from '../e2e/drivers/chromium';
import type { PanelSource } from '../e2e/drivers/driver';
import { FIXTURE_PAGES } from '../fixtures/pages';

/**
 * Runs with Rapi's closed shadow root (in the automation protocol's own world, on
 * the page's clock): types one value the way the browser does for a keystroke and
 * waits for the panel. Source text, because tsx adds a `__name` helper to nested
 * functions that the page does not have.
 */
const TYPE_AND_WAIT: PanelSource<string, number> = `(shadow, value) => new Promise((resolve, reject) => {
  const input = document.querySelector('[data-fixture-field="title"]');
  const shown = () => shadow.querySelector('[data-testid="rapi-value-title"]')?.textContent;
  let start = 0;
  const observer = new MutationObserver(() => {
    if (shown() === value) { observer.disconnect(); resolve(performance.now() - start); }
  });
  observer.observe(shadow, { subtree: true, childList: true, characterData: true });
  setTimeout(() => reject(new Error('panel did not follow')), 5000);
  input.focus();
  input.select();
  start = performance.now();
  document.execCommand('insertText', false, value);
})`;

export async function benchTypingToPanel(runs: number): Promise<number[]> {
  const page = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'listing-editor')!;
  const driver = await launchChromium();
  try {
    await driver.goto(page.url);
    const ready: PanelSource<null, boolean> = `(shadow) => Boolean(shadow?.querySelector('[data-testid="rapi-value-title"]'))`;
    for (let tries = 0; !(await driver.inPanel(ready, null)); tries++) {
      if (tries > 200) throw new Error('the panel did not show the title');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      times.push(await driver.inPanel(TYPE_AND_WAIT, `Kemeja Batik Tulis Pekalongan ${run}`));
    }
    return times;
  } finally {
    await driver.close();
  }
}
