/** Chromium with the built MV3 extension, driven by Playwright; fixtures served by `context.route`. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { FixtureServer } from '../fixture-server';
import { clickPanelElement, hostSelector, panelCallSource, type ExtensionDriver, type ExtensionPage, type PanelFn } from './driver';
import { CHROME_EXTENSION_DIR, CHROMIUM_PATH } from './paths';

export interface ChromiumOptions {
  headless?: boolean;
  extensionDir?: string;
  viewport?: { width: number; height: number } | null;
}

/**
 * Runs `fn` with the closed shadow root of one of Rapi's hosts (by tag) over CDP: in an isolated
 * world of the test's own (the page's scripts cannot see it), the host found there, its closed root
 * handed over by `DOM.describeNode({ pierce })`, which no page script can do.
 */
function cdpPanelRunner() {
  const worlds = new WeakMap<Page, { cdp: CDPSession; contextId?: number }>();
  const world = async (page: Page, fresh: boolean) => {
    let entry = worlds.get(page);
    if (!entry) {
      entry = { cdp: await page.context().newCDPSession(page) };
      worlds.set(page, entry);
    }
    if (fresh || entry.contextId === undefined) {
      const { frameTree } = await entry.cdp.send('Page.getFrameTree');
      entry.contextId = (
        await entry.cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'rapi-e2e' })
      ).executionContextId;
    }
    return { cdp: entry.cdp, contextId: entry.contextId };
  };
  const once = async <A, R>(page: Page, tag: string, fn: PanelFn<A, R>, arg: A, fresh: boolean): Promise<R> => {
    const { cdp, contextId } = await world(page, fresh);
    const { result: global } = await cdp.send('Runtime.evaluate', { expression: 'globalThis', contextId });
    const { result: host } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('${hostSelector(tag)}')`,
      contextId,
    });
    let root: { objectId?: string; value?: null } = { value: null };
    if (host.objectId) {
      const { node } = await cdp.send('DOM.describeNode', { objectId: host.objectId, depth: 0, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (shadow)
        root = {
          objectId: (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId: contextId })).object
            .objectId,
        };
    }
    const reply = await cdp.send('Runtime.callFunctionOn', {
      objectId: global.objectId,
      functionDeclaration: panelCallSource(fn as PanelFn<never, unknown>),
      arguments: [root, { value: JSON.stringify(arg ?? null) }],
      returnByValue: true,
      awaitPromise: true,
    });
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
    return (JSON.parse(reply.result.value as string) as { v: R }).v;
  };
  return async <A, R>(page: Page, tag: string, fn: PanelFn<A, R>, arg: A): Promise<R> => {
    try {
      return await once(page, tag, fn, arg, false);
    } catch {
      // The page navigated and took the isolated world with it: make a new one.
      return once(page, tag, fn, arg, true);
    }
  };
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
  const runInHost = cdpPanelRunner();
  const inHost = <A, R>(tag: string, fn: PanelFn<A, R>, arg: A) => runInHost(page, tag, fn, arg);
  const mouseClick = (x: number, y: number) => page.mouse.click(x, y);
  // The marketplace tabs a test opened, in order (switchTab's indexes).
  const tabs: Page[] = [page];
  const extensionUrl = async (path: string) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    return new URL(path, worker.url()).href;
  };
  const extensionPage = (p: Page): ExtensionPage => ({
    text: (testId) => p.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId),
    attribute: (testId, name) =>
      p.evaluate(([id, attribute]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute(attribute!) ?? null, [testId, name]),
    count: (selector) => p.evaluate((css) => document.querySelectorAll(css).length, selector),
    click: async (selector) => {
      await p.locator(selector).first().click();
    },
    evaluate: (fn, arg) => p.evaluate(fn as never, arg) as never,
    playwrightPage: p,
    close: () => p.close(),
  });

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
    inHost,
    clickInHost: (tag, selector, timeoutMs) => clickPanelElement((fn, arg) => inHost(tag, fn, arg), mouseClick, selector, timeoutMs),
    inPanel: (fn, arg) => inHost('rapi-panel', fn, arg),
    tabCount: async () => context.pages().length,
    extensionId: async () => {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return new URL(worker.url()).host;
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
    extensionUrl,
    newTab: async (url) => {
      const next = await context.newPage();
      await next.goto(url, { waitUntil: 'load' });
      tabs.push(next);
      page = next;
      await next.bringToFront();
    },
    switchTab: async (index) => {
      const next = tabs[index];
      if (!next) throw new Error(`No tab ${index}`);
      page = next;
      await next.bringToFront();
    },
    openSidePanel: async () => {
      const current = page;
      const panel = await context.newPage();
      await panel.goto(await extensionUrl('/sidepanel.html'), { waitUntil: 'load' });
      await current.bringToFront();
      return extensionPage(panel);
    },
    openPopup: async () => {
      const current = page;
      const popup = await context.newPage();
      const url = await extensionUrl('/popup.html');
      await popup.goto(url, { waitUntil: 'load' });
      const tabId = await popup.evaluate(async (href) => {
        const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome
          .tabs;
        return (await tabs.query({})).find((tab) => tab.url === href)?.id;
      }, current.url());
      await popup.goto(`${url}?tab=${tabId}`, { waitUntil: 'load' });
      return extensionPage(popup);
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setViewport: (size) => page.setViewportSize(size),
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
