/**
 * Playwright test with a `driver` for the project's browser. `browserDriver` is
 * shared by the tests of one worker (launching Firefox costs seconds); a test that
 * changes stored state asks for `freshDriver` instead. After every test the
 * fixture server's record must hold no request to anything but a fixture page.
 */
import { test as base, expect } from '@playwright/test';
import type { ExtensionDriver } from './drivers/driver';
import { launchChromium } from './drivers/chromium';
import { launchFirefox } from './drivers/firefox';

async function launch(project: string): Promise<ExtensionDriver> {
  return project === 'firefox' ? launchFirefox() : launchChromium();
}

export const test = base.extend<{ driver: ExtensionDriver; freshDriver: ExtensionDriver }, { browserDriver: ExtensionDriver }>({
  browserDriver: [
    async ({}, use, workerInfo) => {
      const driver = await launch(workerInfo.project.name);
      await use(driver);
      await driver.close();
    },
    { scope: 'worker' },
  ],
  driver: async ({ browserDriver }, use) => {
    browserDriver.server.reset();
    await use(browserDriver);
    expect(browserDriver.server.unexpected(), 'requests that were not fixture pages').toEqual([]);
  },
  freshDriver: async ({}, use, testInfo) => {
    const driver = await launch(testInfo.project.name);
    try {
      await use(driver);
      expect(driver.server.unexpected(), 'requests that were not fixture pages').toEqual([]);
    } finally {
      await driver.close();
    }
  },
});

export { expect };

/** Waits until the panel matches, polling the page (the content script runs at document idle). */
export async function expectPanel(driver: ExtensionDriver, expected: Partial<Awaited<ReturnType<ExtensionDriver['panel']>>>) {
  await expect.poll(() => driver.panel(), { timeout: 10_000 }).toMatchObject(expected);
}
