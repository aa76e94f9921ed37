/** The palette popover in a page, as the specs drive it: real clicks and keys, its closed root read through the protocol. */
import { PALETTE_HOST, popoverIn, type ExtensionDriver } from './drivers/driver';
import { expect } from './test';

/** What the palette popover shows: whether it is open, and its result titles. */
export const popover = (driver: ExtensionDriver) => driver.inHost(PALETTE_HOST, popoverIn, null);

/**
 * The seller's own click in the description, then the palette keys, until the popover opens at the
 * caret (the content script runs at document idle: keys pressed before it is there do nothing).
 */
export async function openPaletteInDescription(driver: ExtensionDriver, message: string): Promise<void> {
  await expect
    .poll(
      async () => {
        if ((await popover(driver)).open) return true;
        await driver.click('[data-fixture-field="description"]');
        await driver.press('Control+End');
        await driver.press('Alt+Shift+S');
        await new Promise((resolve) => setTimeout(resolve, 300));
        return (await popover(driver)).open;
      },
      { timeout: 15_000, intervals: [200], message },
    )
    .toBe(true);
}

/** The content script is there and listening: the palette opens in the description and Escape closes it. */
export async function contentScriptReady(driver: ExtensionDriver): Promise<void> {
  await openPaletteInDescription(driver, 'content script ready');
  await driver.press('Escape');
  await expect.poll(async () => (await popover(driver)).open).toBe(false);
}
