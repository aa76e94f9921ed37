/**
 * From a keystroke in the page to the side panel showing it (issue 15's budget: under 50 ms
 * median; the listing controller reads the first key after a pause at once), in headless
 * Chromium with the built extension. The side panel is Rapi's page opened as a tab of the same
 * window (tests cannot open the browser's side panel); it follows the marketplace tab as the real
 * one does. Both documents stamp times on the shared wall clock (timeOrigin + now).
 */
import { launchChromium } from '../e2e/drivers/chromium';
import { FIXTURE_PAGES } from '../fixtures/pages';

/** Source text (tsx adds a `__name` helper to nested functions that the page lacks). */
const WATCH = `(value) => {
  const shown = () => document.querySelector('[data-testid="rapi-value-title"]')?.textContent;
  window.__rapiSeen = new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      if (shown() === value) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    setTimeout(() => reject(new Error('the side panel did not follow')), 5000);
  });
}`;
const TYPE = `(value) => {
  const input = document.querySelector('[data-fixture-field="title"]');
  input.focus();
  input.select();
  const start = performance.timeOrigin + performance.now();
  document.execCommand('insertText', false, value);
  return start;
}`;

export async function benchTypingToSidePanel(runs: number): Promise<number[]> {
  const page = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'listing-editor')!;
  const driver = await launchChromium();
  try {
    await driver.goto(page.url);
    const panel = await driver.openSidePanel();
    const sidePage = panel.playwrightPage!;
    await sidePage.waitForSelector('[data-testid="rapi-value-title"]', { timeout: 15_000 });
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const value = `Kemeja Batik Tulis Pekalongan ${run}`;
      await sidePage.evaluate(`(${WATCH})(${JSON.stringify(value)})`);
      const start = (await driver.page.evaluate(`(${TYPE})(${JSON.stringify(value)})`)) as number;
      const end = (await sidePage.evaluate('window.__rapiSeen')) as number;
      times.push(end - start);
    }
    return times;
  } finally {
    await driver.close();
  }
}
