/** Chromium with the built MV3 extension, driven by Playwright; fixtures served by `context.route`. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { FixtureServer } from '../fixture-server';
import { readInPanel, readPanelInPage, type ExtensionDriver } from './driver';
import { CHROME_EXTENSION_DIR, CHROMIUM_PATH } from './paths';

export interface ChromiumOptions {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ExtensionDriver & { context: BrowserContext; page: Page }> {
  const extensionDir = options.extensionDir ?? CHROME_EXTENSION_DIR;
  const userDataDir = mkdtempSync(join(tmpdir(), 'rapi-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    viewport: options.viewport === undefined ? { width: 1366, height: 900 } : options.viewport,
    locale: 'en-US', // the browser is English on purpose: Rapi must still speak Indonesian by default
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      // Without these Chromium itself phones home at start; the machine has no network.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const server = new FixtureServer();
  await context.route('**/*', async (route) => {
    // The extension's own pages load their own files.
    if (route.request().url().startsWith('chrome-extension://')) return route.continue();
    const response = server.respond(route.request().url());
    if (response === undefined) await route.abort('blockedbyclient');
    else await route.fulfill({ status: 200, ...response });
  });
  // The extension's service worker must be up before the first page, or content scripts may race it.
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  let page = context.pages()[0] ?? (await context.newPage());

  return {
    name: 'chromium',
    server,
    context,
    get page() {
      return page;
    },
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
    },
    pushState: async (url) => {
      await page.evaluate((target) => history.pushState({}, '', target), url);
    },
    panel: () => page.evaluate(readPanelInPage),
    clickInPanel: async (testId) => {
      await page.locator(`rapi-panel [data-testid="${testId}"]`).click();
    },
    reloadExtension: async () => {
      // `runtime.reload()` from the worker, which dies with it, so it is asked a moment after answering.
      // Headless Chromium does not bring an unpacked extension back after this reload, so for Chromium
      // this is the orphaned-content-script case: the extension is gone under an open page.
      const worker = context.serviceWorkers()[0]!;
      const closed = new Promise<void>((resolve) => worker.once('close', () => resolve()));
      await worker.evaluate(() => {
        const runtime = (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime;
        setTimeout(() => runtime.reload(), 50);
      });
      await closed;
    },
    panelText: (testId) => page.evaluate(readInPanel, [testId, null] as [string, string | null]),
    panelAttribute: (testId, name) => page.evaluate(readInPanel, [testId, name] as [string, string | null]),
    click: async (selector) => {
      await page.locator(selector).first().click();
    },
    fill: async (selector, text) => {
      await page.locator(selector).first().fill(text);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addScript: async (content) => {
      await page.addScriptTag({ content });
    },
    typeText: async (text) => {
      await page.keyboard.type(text);
    },
    press: async (keys) => {
      await page.keyboard.press(keys);
    },
    followNewTab: async (action, path) => {
      const opened = context.waitForEvent('page');
      await action();
      page = await opened;
      await page.waitForURL((url) => url.href.includes(path));
      await page.waitForLoadState('load');
      await page.bringToFront();
    },
    openOptionsPage: async () => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await page.goto(new URL('/options.html', worker.url()).href, { waitUntil: 'load' });
    },
    extensionUrl: async (path) => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return new URL(path, worker.url()).href;
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
