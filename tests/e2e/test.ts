/**
 * Playwright test with a `driver` for the project's browser. `browserDriver` is
 * shared by the tests of one worker (launching Firefox costs seconds); a test that
 * changes stored state asks for `freshDriver` instead. After every test the
 * fixture server's record must hold no request to anything but a fixture page.
 */
import { test as base, expect } from '@playwright/test';
import type { ExtensionDriver, ExtensionPage } from './drivers/driver';
import { launchChromium } from './drivers/chromium';
import { launchFirefox } from './drivers/firefox';

async function launch(project: string): Promise<ExtensionDriver> {
  return project === 'firefox' ? launchFirefox() : launchChromium();
}

export const test = base.extend<
  {
    driver: ExtensionDriver;
    freshDriver: ExtensionDriver;
    /**
     * Opens Rapi's side panel beside the driver's current page (see `openSidePanel`); every side
     * panel opened this way is closed after the test, so a shared browser keeps one tab per test.
     */
    sidePanelFor: (driver: ExtensionDriver) => Promise<ExtensionPage>;
  },
  { browserDriver: ExtensionDriver }
>({
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
  sidePanelFor: async ({}, use) => {
    const opened: ExtensionPage[] = [];
    await use(async (driver) => {
      const panel = await driver.openSidePanel();
      opened.push(panel);
      return panel;
    });
    for (const panel of opened) await panel.close().catch(() => undefined);
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

/** What the side panel says it sees: marketplace and page kind, or why Rapi does nothing here. */
export interface SidePanelSees {
  marketplace: string | null;
  kind: string | null;
  notHere: string | null;
}

export const sidePanelSees = async (panel: ExtensionPage): Promise<SidePanelSees> => ({
  marketplace: await panel.attribute('sidepanel-page', 'data-marketplace'),
  kind: await panel.attribute('sidepanel-page', 'data-kind'),
  notHere: await panel.attribute('sidepanel-not-here', 'data-reason'),
});

/** Waits until the side panel sees what is expected (it follows the active tab through the hub). */
export async function expectSees(panel: ExtensionPage, expected: Partial<SidePanelSees>, message?: string) {
  await expect.poll(() => sidePanelSees(panel), { timeout: 15_000, ...(message && { message }) }).toMatchObject(expected);
}

/** Polls a value read from the side panel, with the side panel's longer timeout (hub round trips). */
export const POLL = { timeout: 15_000 };
