/**
 * Firefox ESR with the built MV2 extension. Playwright cannot install an extension
 * into stock Firefox; puppeteer-core can, over WebDriver BiDi
 * (`browser.installExtension`). Fixtures are served by request interception.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FixtureServer } from '../fixture-server';
import {
  clickPanelElement,
  clickWhenThere,
  hostSelector,
  panelCallSource,
  type ExtensionDriver,
  type ExtensionPage,
  type PanelFn,
  PALETTE_HOST,
  POPOVER_MANAGE,
} from './driver';
import { FIREFOX_EXTENSION_DIR, FIREFOX_PATH } from './paths';

const GECKO_ID = 'rapi@rapi-umkm.id';
const EXTENSION_UUID = '5a6b7c8d-1e2f-4a3b-9c4d-5e6f7a8b9c0d';

export interface FirefoxOptions {
  headless?: boolean;
  extensionDir?: string;
}

async function servePages(page: Page, server: FixtureServer): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const response = server.respond(request.url());
    if (response === undefined) void request.abort('blockedbyclient');
    else void request.respond({ status: 200, ...response });
  });
}

const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

async function waitForExtensionTab(browser: Browser, before: Set<Page>, prefix: string): Promise<Page | undefined> {
  // Up to 15 s: late in a full CI run (two workers, both browsers) Firefox once took over the
  // former 5 s to show the options tab, in two tests that pass alone and on their retry.
  for (let tries = 0; tries < 150; tries++) {
    // Puppeteer may still report an extension tab as about:blank: ask the page itself.
    for (const tab of (await browser.pages()).filter((p) => !before.has(p))) {
      const href = await tab.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(prefix)) return tab;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** The part of puppeteer's BiDi realm used here (not in its public types). */
interface BidiRealm {
  callFunction(
    source: string,
    awaitPromise: boolean,
    options: Record<string, unknown>,
  ): Promise<{ type: string; result?: BidiValue; exceptionDetails?: { text: string } }>;
  disown(handles: string[]): Promise<void>;
}
interface BidiValue {
  type: string;
  value?: unknown;
  handle?: string;
}

/**
 * Runs `fn` with the closed shadow root of one of Rapi's hosts (by tag) over WebDriver BiDi: in
 * puppeteer's own sandbox realm (the page's scripts cannot see it), the host serialised with
 * `includeShadowTree: 'all'`, which hands out closed roots to the protocol and to no page script.
 */
async function bidiInHost<A, R>(page: Page, tag: string, fn: PanelFn<A, R>, arg: A): Promise<R> {
  const realm = (page.mainFrame() as unknown as { realms: { internal: { realm: BidiRealm } } }).realms.internal.realm;
  const host = await realm.callFunction(`() => document.querySelector('${hostSelector(tag)}')`, false, {
    resultOwnership: 'root',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadow = (host.result?.value as { shadowRoot?: { sharedId?: string } } | undefined)?.shadowRoot;
  try {
    const reply = await realm.callFunction(panelCallSource(fn as PanelFn<never, unknown>), true, {
      arguments: [
        shadow?.sharedId ? { sharedId: shadow.sharedId } : { type: 'null' },
        { type: 'string', value: JSON.stringify(arg ?? null) },
      ],
      resultOwnership: 'none',
    });
    if (reply.type === 'exception') throw new Error(reply.exceptionDetails?.text ?? 'panel function failed');
    return (JSON.parse(reply.result!.value as string) as { v: R }).v;
  } finally {
    if (host.result?.handle) await realm.disown([host.result.handle]).catch(() => undefined);
  }
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<ExtensionDriver & { browser: Browser; page: Page }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    defaultViewport: { width: 1366, height: 900 },
    extraPrefsFirefox: {
      // A fixed internal UUID, so the tests know the moz-extension:// address of Rapi's own pages.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
    },
  });
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const server = new FixtureServer();
  let page = (await browser.pages())[0] ?? (await browser.newPage());
  const inHost = <A, R>(tag: string, fn: PanelFn<A, R>, arg: A) => bidiInHost(page, tag, fn, arg);
  const inPanel = <A, R>(fn: PanelFn<A, R>, arg: A) => inHost('rapi-panel', fn, arg);
  const mouseClick = (x: number, y: number) => page.mouse.click(x, y);
  const extensionId = await browser.installExtension(extensionDir);
  await servePages(page, server);

  const followNewTab = async (action: () => Promise<void>, path: string) => {
    const before = new Set(await browser.pages());
    await action();
    const tab = await waitForExtensionTab(browser, before, `${EXTENSION_ORIGIN}${path}`);
    if (!tab) throw new Error(`Rapi did not open ${path}`);
    page = tab;
    await servePages(page, server);
    await page.bringToFront();
  };

  const inPalette = <A, R>(fn: PanelFn<A, R>, arg: A) => inHost(PALETTE_HOST, fn, arg);
  const openOptionsPage = async () => {
    // Firefox will not let a test navigate a tab to a moz-extension:// page; Rapi's own link can:
    // the palette popover's "manage" link, the popover opened by the palette keys in a field.
    await page.goto('https://seller.tokopedia.com/add-product', { waitUntil: 'load' });
    // The palette keys in the title open the popover once Rapi's content script is listening; until
    // then a press does nothing, so press again (nothing in the page says the script is ready: the
    // markers' host only comes with a marker shown, and this form's only marker may be below the fold).
    // A build with the old floating panel (its content script adds a `rapi-panel`) keeps its own way in.
    const until = Date.now() + 20_000;
    while (Date.now() < until) {
      if (await page.evaluate(() => document.querySelector('rapi-panel') !== null)) {
        await clickPanelElement(inPanel, mouseClick, '[data-testid="rapi-open-palette"]', 20_000);
        await followNewTab(() => clickPanelElement(inPanel, mouseClick, '[data-testid="rapi-manage-snippets"]'), '/options.html');
        return;
      }
      await page.locator('[data-fixture-field="title"]').click();
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press('KeyS');
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
      const opened = await page
        .waitForFunction(() => document.querySelector('rapi-palette') !== null, { timeout: 1_500 })
        .then(() => true)
        .catch(() => false);
      if (opened) break;
    }
    await followNewTab(() => clickPanelElement(inPalette, mouseClick, POPOVER_MANAGE, 20_000), '/options.html');
  };

  // The marketplace tabs a test opened, in order (switchTab's indexes).
  const tabs: Page[] = [page];
  const extensionPage = (p: Page): ExtensionPage => ({
    text: (testId) => p.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? null, testId),
    attribute: (testId, name) =>
      p.evaluate(([id, attribute]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute(attribute!) ?? null, [
        testId,
        name,
      ] as const),
    count: (selector) => p.evaluate((css) => document.querySelectorAll(css).length, selector),
    click: async (selector) => {
      // The extension page may sit in a background tab; its own DOM click reaches React all the same.
      if (!(await p.evaluate(clickWhenThere, selector))) throw new Error(`No ${selector} in Rapi's page`);
    },
    evaluate: (fn, arg) => p.evaluate(fn as never, arg) as never,
    close: () => p.close(),
  });
  /**
   * One of Rapi's pages in a tab of this window. Tests may not navigate to moz-extension:// pages,
   * so a helper tab reaches the options page through Rapi's own link, and the options page then
   * goes to the wanted page by its own navigation; the page that was current is made active again.
   */
  const openExtensionPage = async (path: (current: string) => string): Promise<Page> => {
    const current = page;
    const helper = await browser.newPage();
    await servePages(helper, server);
    page = helper;
    await openOptionsPage();
    const rapiPage = page;
    const target = await rapiPage.evaluate(async (href) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
      return (await api.tabs.query({})).find((tab) => tab.url === href)?.id ?? '';
    }, current.url());
    await rapiPage.evaluate((to) => location.assign(to), path(String(target)));
    await rapiPage.waitForFunction(() => document.querySelector('#root')?.childElementCount, { timeout: 10_000 });
    await helper.close();
    page = current;
    await current.bringToFront();
    return rapiPage;
  };

  return {
    name: 'firefox',
    server,
    browser,
    get page() {
      return page;
    },
    openOptionsPage,
    newTab: async (url) => {
      const next = await browser.newPage();
      await servePages(next, server);
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
    openSidePanel: async () => extensionPage(await openExtensionPage(() => '/sidepanel.html')),
    openPopup: async () => extensionPage(await openExtensionPage((tabId) => `/popup.html?tab=${tabId}`)),
    followNewTab: (action, path) => followNewTab(action, path),
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
    inPanel,
    extensionId: async () => GECKO_ID,
    tabCount: async () => (await browser.pages()).length,
    reloadExtension: async () => {
      // What about:debugging's Reload does: the old instance goes, the new one is injected into open pages.
      // The old instance's hosts stay until the new instance replaces them; mark them, so the test goes
      // on only once they are gone and does not click a dead one.
      await page.evaluate(() => {
        for (const host of document.querySelectorAll('rapi-panel, rapi-markers, rapi-palette')) host.setAttribute('data-e2e-old', '');
      });
      await browser.uninstallExtension(extensionId);
      await browser.installExtension(extensionDir);
      await page.waitForFunction(() => !document.querySelector('[data-e2e-old]'), { timeout: 10_000 }).catch(() => undefined);
    },
    click: async (selector) => {
      await page.locator(selector).click();
    },
    fill: async (selector, text) => {
      const rich = await page.$eval(selector, (el) => (el as HTMLElement).isContentEditable);
      if (!rich) {
        await page.locator(selector).fill(text);
        return;
      }
      // Puppeteer's fill empties a contenteditable in Firefox without typing: do what a user does.
      await page.$eval(selector, (el) => {
        (el as HTMLElement).focus();
        const range = document.createRange();
        range.selectNodeContents(el);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
      });
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    addScript: async (content) => {
      await page.addScriptTag({ content });
    },
    typeText: async (text) => {
      await page.keyboard.type(text);
    },
    press: async (keys) => {
      const parts = keys.split('+');
      const key = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier as never);
      await page.keyboard.press(key as never);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
    },
    extensionUrl: async (path) => new URL(path, `moz-extension://${EXTENSION_UUID}/`).href,
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    setViewport: (size) => page.setViewport(size),
    close: () => browser.close(),
  };
}
