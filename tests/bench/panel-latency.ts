/**
 * From a keystroke in the page to the panel showing it, in headless Chromium with
 * the built extension (the listing reader is debounced: 100 ms after the last
 * input, 250 ms at most). Measured in the page on its own clock.
 */
import { launchChromium } from '../e2e/drivers/chromium';
import { FIXTURE_PAGES } from '../fixtures/pages';

/**
 * Runs in the page: types one value the way the browser does for a keystroke and
 * waits for the panel. Source text, because tsx adds a `__name` helper to nested
 * functions that the page does not have.
 */
const TYPE_AND_WAIT = `(value) => new Promise((resolve, reject) => {
  const input = document.querySelector('[data-fixture-field="title"]');
  const shadow = document.querySelector('rapi-panel').shadowRoot;
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
    await driver.page.waitForFunction(() => document.querySelector('rapi-panel')?.shadowRoot?.querySelector('[data-testid="rapi-value-title"]'));
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      times.push(await driver.page.evaluate(`(${TYPE_AND_WAIT})(${JSON.stringify(`Kemeja Batik Tulis Pekalongan ${run}`)})`));
    }
    return times;
  } finally {
    await driver.close();
  }
}
