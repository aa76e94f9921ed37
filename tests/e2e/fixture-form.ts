/** Reading what a fixture form would send to the marketplace. */
import type { ExtensionDriver } from './drivers/driver';

/** Clicks the fixture's "Simpan" and returns what the page's framework state held. */
export async function submitted(driver: ExtensionDriver): Promise<Record<string, string>> {
  // Where a seller sees it: at the bottom of the window, below Rapi's panel.
  await driver.evaluate(() => document.querySelector('[data-fixture-submit]')!.scrollIntoView({ block: 'end' }), null);
  await driver.click('[data-fixture-submit]');
  const text = await driver.evaluate(() => document.getElementById('fixture-submitted')?.textContent ?? '{}', null);
  return JSON.parse(text) as Record<string, string>;
}

export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
