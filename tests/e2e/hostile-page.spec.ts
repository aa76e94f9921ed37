/**
 * A hostile page, in Chromium and Firefox. A marketplace page whose own script
 * attacks Rapi as a page can: it listens to every window message from the first
 * moment, walks every shadow root, fires synthetic keys, input and clicks at
 * everything Rapi put in the page (the field markers, the palette popover's host),
 * calls execCommand in its own hidden field and in the listing, sends WXT's
 * "content script started" event (even knowing the extension id) and a fake
 * location change. It must get no snippet text, no extension id, no saved audit,
 * no opened tab and no side panel pointed at a field; the markers must stay and
 * the palette must stay shut. Rapi's side panel is an extension page: the page has
 * no way to it at all (the audit runs only from there). The same page, driven by
 * real key presses and clicks from the test (the browser marks them trusted, as it
 * does a person's), still gets the snippet inserted and the audit run.
 */
import { FIXTURE_PAGES } from '../fixtures/pages';
import { fixtureHtml } from '../unit/load-fixture';
import { MARKERS_HOST, PALETTE_HOST, type ExtensionDriver } from './drivers/driver';
import { contentScriptReady, openPaletteInDescription, popover } from './palette';
import { squash, submitted } from './fixture-form';
import { expect, expectSees, POLL, test } from './test';

const TITLE = 'Pengiriman rahasia';
const MARKER = 'RAHASIA7Q';
const BODY = `${MARKER} dikirim setiap hari kerja sebelum pukul 15.00.`;
const EDITOR = FIXTURE_PAGES.find((p) => p.marketplace === 'shopee' && p.kind === 'listing-editor')!;
const SHOP = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'shop')!;

interface Loot {
  /** Window messages that arrived before the attack began (the page sent none itself). */
  messages: string[];
  /** Shadow roots the page could open, and the text it read in them. */
  openRoots: number;
  /** Everything the page could read afterwards: its fields, its own text, what it found in roots. */
  texts: string[];
  /** Whether the id turned up anywhere the page can see (markup, resource names). */
  idInPage: boolean;
}

/**
 * The page's own script, inlined at the top of <head> so its message listener is there before
 * Rapi's content script starts. `__attack` runs the active part when the test says so.
 */
function hostileScript(): void {
  const w = window as unknown as { __messages: string[]; __attack: (id: string, editor: boolean) => Promise<Loot> };
  w.__messages = [];
  window.addEventListener(
    'message',
    (event) => w.__messages.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data)),
    true,
  );
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  w.__attack = async (extensionId, editor) => {
    const messages = [...w.__messages];
    const texts: string[] = [];
    let openRoots = 0;
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (!el.shadowRoot) continue;
        openRoots++;
        texts.push(el.shadowRoot.textContent ?? '');
        walk(el.shadowRoot);
      }
    };
    walk(document);
    // Everything of Rapi's in the page: the markers' host, and the palette's once it has been opened.
    const rapiHosts = () => [...document.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('rapi-'));

    // Its own hidden field, focused by script, to catch what Rapi inserts.
    const trap = document.createElement('textarea');
    trap.id = 'hostile-trap';
    trap.style.cssText = 'position:fixed;left:0;bottom:0;width:40px;height:20px;opacity:0.01';
    document.body.append(trap);
    trap.focus();

    // The palette's keys, and Enter, at the document, the body, Rapi's host and the trap.
    const palette = { key: 'S', code: 'KeyS', altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true };
    for (const target of [document, document.body, ...rapiHosts(), trap]) {
      target?.dispatchEvent(new KeyboardEvent('keydown', palette));
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true }));
    }
    await sleep(300);

    // Typed shortcuts: set and dispatch, then execCommand (whose input events are trusted), in the trap and the listing.
    trap.value = 'x ;kirim ';
    trap.setSelectionRange(trap.value.length, trap.value.length);
    trap.dispatchEvent(new Event('input', { bubbles: true }));
    trap.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true }));
    document.execCommand('insertText', false, ' ;kirim ');
    const description = document.querySelector<HTMLTextAreaElement>('[data-fixture-field="description"]');
    if (editor && description) {
      description.focus();
      description.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true }));
      document.execCommand('insertText', false, ' ;kirim ');
      trap.focus();
    }
    await sleep(300);

    // Clicks, pointer presses and Enter on everything of Rapi's the page can hit, over the whole window.
    for (let y = 5; y < innerHeight; y += 15) {
      for (let x = 5; x < innerWidth; x += 15) {
        const hit = document.elementFromPoint(x, y) as HTMLElement | null;
        if (!hit?.localName.startsWith('rapi-')) continue;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          hit.dispatchEvent(new MouseEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, cancelable: true }));
        }
        hit.click();
      }
    }
    for (const el of rapiHosts())
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true }));
    await sleep(300);

    // Where a root is open (the panel's was, once), the page presses and reads everything inside.
    for (const opened of rapiHosts().flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))) {
      for (const button of opened.querySelectorAll<HTMLElement>('button, [role="option"]')) {
        texts.push(button.textContent ?? '');
        button.click();
      }
      await sleep(800);
      trap.focus();
    }

    // WXT's started event under every name Rapi's scripts could use, and a fake location change.
    for (const script of ['marketplace', 'seller', 'shop']) {
      const started = `${extensionId}:${script}:wxt:content-script-started`;
      for (const contentScriptName of ['marketplace', 'seller', 'shop']) {
        document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName, messageId: 'page' } }));
        window.postMessage({ type: started, contentScriptName, messageId: 'page' }, '*');
      }
      window.dispatchEvent(new CustomEvent(`${extensionId}:${script}:wxt:locationchange`, { detail: { newUrl: 'https://example.com/' } }));
    }
    await sleep(1500);

    walk(document);
    texts.push(trap.value, description?.value ?? '', document.body.innerText);
    const resources = performance
      .getEntries()
      .map((entry) => entry.name)
      .join(' ');
    return {
      messages,
      openRoots,
      texts,
      idInPage:
        document.documentElement.outerHTML.includes(extensionId) || resources.includes(extensionId) || resources.includes('extension://'),
    };
  };
}

function withHostileScript(html: string): string {
  return html.replace(/<head>/i, `<head><script>(${hostileScript.toString()})();</script>`);
}

/** Fills and saves a new snippet in the options page (already open); does not wait for the outcome. */
async function fillSnippet(driver: ExtensionDriver, title: string, body: string, shortcut: string) {
  await driver.click('[data-testid="options-new"]');
  await driver.fill('[data-testid="snippet-title"]', title);
  await driver.fill('[data-testid="snippet-body"]', body);
  await driver.fill('[data-testid="snippet-shortcut"]', shortcut);
  await driver.click('[data-testid="snippet-save"]');
}

async function saveSnippet(driver: ExtensionDriver, title: string, body: string, shortcut: string) {
  await fillSnippet(driver, title, body, shortcut);
  await expect
    .poll(() =>
      driver.evaluate(
        (t) => [...document.querySelectorAll('[data-testid="snippet-row"]')].some((row) => row.textContent?.includes(t)),
        title,
      ),
    )
    .toBe(true);
}

async function createSnippet(driver: ExtensionDriver) {
  await driver.openOptionsPage();
  await saveSnippet(driver, TITLE, BODY, ';kirim');
}

/** Soft: on the old code every way in is reported, not just the first. */
function expectNothingLeaked(loot: Loot) {
  expect.soft(loot.openRoots, 'shadow roots the page could open').toBe(0);
  expect.soft(loot.texts.join('\n'), 'snippet text the page read').not.toContain(MARKER);
  expect.soft(loot.texts.join('\n'), 'snippet titles the page read').not.toContain(TITLE);
  // Nothing at all reached the page's message listener before its own attack: no id, no "started" message.
  expect.soft(loot.messages, 'window messages the page received').toEqual([]);
  expect.soft(loot.idInPage, 'extension id in the page').toBe(false);
}

/** Marker buttons in the markers' closed root. */
const markerCount = (driver: ExtensionDriver) => driver.inHost(MARKERS_HOST, (root) => root?.querySelectorAll('button').length ?? 0, null);
/** Runs in the page: Rapi's hosts by tag. */
const hostsInPage = () => ({
  markers: document.querySelectorAll('rapi-markers').length,
  palette: document.querySelectorAll('rapi-palette').length,
});

test("a hostile page on a seller dashboard gets no snippet and no id, cannot open the palette or point the side panel; the user's own keys still insert", async ({
  freshDriver: driver,
  sidePanelFor,
}) => {
  await createSnippet(driver);
  await driver.click('[data-testid="typed-shopee"]');
  await expect
    .poll(() => driver.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="typed-shopee"]')!.checked, null))
    .toBe(true);

  driver.server.addHtml(EDITOR.url, withHostileScript(fixtureHtml(EDITOR.file)));
  await driver.goto(EDITOR.url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { marketplace: 'shopee', kind: 'listing-editor' });
  await expect.poll(() => markerCount(driver), POLL).toBeGreaterThan(0);
  const markers = await markerCount(driver);
  const extensionId = await driver.extensionId();
  const tabs = await driver.tabCount();

  const loot = await driver.evaluate(
    ([id]) => (window as unknown as { __attack: (id: string, editor: boolean) => Promise<Loot> }).__attack(id, true),
    [extensionId] as const,
  );
  expectNothingLeaked(loot);
  // The markers are still there and still Rapi's, the palette never opened, no tab was opened, and
  // the side panel was not pointed at a field (a marker's click would focus that field's findings there).
  expect.soft(await driver.evaluate(hostsInPage, null), "Rapi's hosts after the attack").toEqual({ markers: 1, palette: 0 });
  expect.soft(await markerCount(driver), 'markers after the attack').toBe(markers);
  expect.soft((await popover(driver)).open, 'palette opened by the page').toBe(false);
  expect.soft(await panel.count('[data-focused]'), 'side panel pointed at a field by the page').toBe(0);
  await expectSees(panel, { marketplace: 'shopee', kind: 'listing-editor' });
  expect.soft(await driver.tabCount(), 'tabs opened').toBe(tabs);
  expect
    .soft(
      await driver.evaluate(() => document.querySelector<HTMLTextAreaElement>('#hostile-trap')!.value, null),
      "snippet in the page's trap",
    )
    .not.toContain(MARKER);
  await driver.press('Escape');

  // The user, with real keys: the typed shortcut expands in the listing...
  await driver.click('[data-fixture-field="description"]');
  await driver.press('Control+End');
  await driver.typeText(' ;kirim ');
  await expect.poll(async () => squash((await submitted(driver)).description ?? '')).toContain(BODY);

  // ...and the palette opens on the real keys and inserts on Enter.
  await openPaletteInDescription(driver, 'palette');
  await driver.typeText('kirim');
  await expect.poll(async () => (await popover(driver)).hits).toContain(TITLE);
  await driver.press('Enter');
  await expect.poll(async () => squash((await submitted(driver)).description ?? '').split(MARKER).length - 1).toBe(2);
  // The trap the page kept focusing never received anything.
  expect(await driver.evaluate(() => document.querySelector<HTMLTextAreaElement>('#hostile-trap')!.value, null)).not.toContain(MARKER);
});

test("a hostile shop page cannot run or save an audit, nor open the report; the user's click in the side panel still does", async ({
  freshDriver: driver,
  sidePanelFor,
}) => {
  driver.server.addHtml(SHOP.url, withHostileScript(fixtureHtml(SHOP.file)));
  await driver.goto(SHOP.url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { marketplace: 'tokopedia', kind: 'shop' });
  const extensionId = await driver.extensionId();
  const tabs = await driver.tabCount();

  const loot = await driver.evaluate(
    ([id]) => (window as unknown as { __attack: (id: string, editor: boolean) => Promise<Loot> }).__attack(id, false),
    [extensionId] as const,
  );
  expectNothingLeaked(loot);
  // Nothing of Rapi's in a buyer-facing shop page for the page to hit, and nothing happened.
  expect.soft(await driver.evaluate(hostsInPage, null), "Rapi's hosts in the shop page").toEqual({ markers: 0, palette: 0 });
  await expectSees(panel, { marketplace: 'tokopedia', kind: 'shop' });
  expect.soft(await panel.attribute('rapi-audit', 'data-phase'), 'audit run by the page').toBe('idle');
  expect.soft(await panel.text('rapi-audit-result'), 'audit saved by the page').toBeNull();
  expect.soft(await driver.tabCount(), 'tabs opened').toBe(tabs);

  // A real click in the side panel runs and saves the audit.
  await panel.click('[data-testid="rapi-audit-run"]');
  await expect.poll(() => panel.attribute('rapi-audit-result', 'data-count'), POLL).toBe('64');
  expect(await panel.text('rapi-audit-compare')).toMatch(/Audit pertama/);
});

test('runaway writes: a snippet ending in its own shortcut is refused; two that type each other expand once per space typed', async ({
  freshDriver: driver,
}) => {
  await driver.openOptionsPage();
  await fillSnippet(driver, 'Ulang', 'Terima kasih ;ulang', ';ulang');
  await expect
    .poll(() => driver.evaluate(() => document.querySelector('[data-testid="snippet-error"]')?.textContent ?? '', null))
    .toMatch(/pintasannya sendiri ";ulang"/);
  expect(await driver.evaluate(() => document.querySelectorAll('[data-testid="snippet-row"]').length, null)).toBe(0);
  // Without its own shortcut in it, the same snippet saves (and leaves no unsaved edit behind).
  await driver.fill('[data-testid="snippet-body"]', 'Terima kasih sudah berbelanja.');
  await driver.click('[data-testid="snippet-save"]');
  await expect.poll(() => driver.evaluate(() => document.querySelectorAll('[data-testid="snippet-row"]').length, null)).toBe(1);

  // Each ends with the other's shortcut and a space: on the old code they typed each other forever.
  await saveSnippet(driver, 'Ping', 'PINGQ ;pongq ', ';pingq');
  await saveSnippet(driver, 'Pong', 'PONGQ ;pingq ', ';pongq');
  await driver.click('[data-testid="typed-shopee"]');
  await expect
    .poll(() => driver.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="typed-shopee"]')!.checked, null))
    .toBe(true);

  await driver.goto(EDITOR.url);
  await expect.poll(() => markerCount(driver), POLL).toBeGreaterThan(0);
  await driver.click('[data-fixture-field="description"]');
  await driver.press('Control+End');
  const pings = () =>
    driver.evaluate(
      () => document.querySelector<HTMLTextAreaElement>('[data-fixture-field="description"]')!.value.split('PINGQ').length - 1,
      null,
    );
  // As a person types: the next shortcut after the last one has expanded.
  for (let i = 1; i <= 3; i++) {
    await driver.typeText(' ;pingq ');
    await expect.poll(pings).toBe(i);
  }
  // Give a runaway loop time to show itself: still three, and no PONG at all.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const description = squash((await submitted(driver)).description ?? '');
  expect(description.split('PINGQ').length - 1).toBe(3);
  expect(description).not.toContain('PONGQ');
});

test("behind the guard the user's own input still works: a template's fill-in form submits on Enter", async ({ freshDriver: driver }) => {
  await driver.openOptionsPage();
  await saveSnippet(driver, 'Resi pengiriman', 'Nomor resi Anda: {{isi:resi}}. Terima kasih.', ';resi');
  driver.server.addHtml(EDITOR.url, withHostileScript(fixtureHtml(EDITOR.file)));
  await driver.goto(EDITOR.url);
  await expect.poll(() => markerCount(driver), POLL).toBeGreaterThan(0);
  await openPaletteInDescription(driver, 'palette');
  await driver.typeText('resi');
  await expect.poll(async () => (await popover(driver)).hits).toContain('Resi pengiriman');
  await driver.press('Enter');
  // The fill-in asks for its value in the popover: the seller clicks its box and types.
  await driver.clickInHost(PALETTE_HOST, 'input[name="resi"]');
  await driver.typeText('JNE0012345');
  await driver.press('Enter');
  await expect
    .poll(async () => squash((await submitted(driver)).description ?? ''))
    .toContain('Nomor resi Anda: JNE0012345. Terima kasih.');
  expect((await popover(driver)).open).toBe(false);
});

test("the key-press proof holds in a rich-text description too: real keys expand, the page's execCommand does not", async ({
  freshDriver: driver,
}) => {
  const lazada = FIXTURE_PAGES.find((p) => p.marketplace === 'lazada' && p.kind === 'listing-editor')!;
  await createSnippet(driver);
  await driver.click('[data-testid="typed-lazada"]');
  await expect
    .poll(() => driver.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="typed-lazada"]')!.checked, null))
    .toBe(true);
  await driver.goto(lazada.url);
  await contentScriptReady(driver);
  await driver.click('[data-fixture-field="description"]');
  await driver.press('Control+End');
  // The page types the shortcut into the focused editor by script: trusted input, no key press.
  await driver.evaluate(() => document.execCommand('insertText', false, ' ;kirim '), null);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(squash((await submitted(driver)).description ?? '')).not.toContain(MARKER);

  await driver.click('[data-fixture-field="description"]');
  await driver.press('Control+End');
  await driver.typeText(' ;kirim ');
  await expect.poll(async () => squash((await submitted(driver)).description ?? '')).toContain(BODY);
});
