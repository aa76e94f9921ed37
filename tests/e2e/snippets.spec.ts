/**
 * Snippets end to end, in Chromium and Firefox: made in the options page, found in
 * the palette popover at the caret by a misspelt word on every seller dashboard,
 * inserted into the description the form submits; kept where the page cannot reach them.
 */
import { FIXTURE_PAGES } from '../fixtures/pages';
import { PALETTE_HOST, type ExtensionDriver } from './drivers/driver';
import { contentScriptReady, openPaletteInDescription, popover } from './palette';
import { submitted } from './fixture-form';
import { expect, expectSees, POLL, test } from './test';

const EDITORS = FIXTURE_PAGES.filter((page) => page.kind === 'listing-editor');

async function createSnippet(driver: ExtensionDriver, title: string, body: string, shortcut: string) {
  await driver.openOptionsPage();
  await driver.click('[data-testid="options-new"]');
  await driver.fill('[data-testid="snippet-title"]', title);
  await driver.fill('[data-testid="snippet-body"]', body);
  await driver.fill('[data-testid="snippet-shortcut"]', shortcut);
  await driver.click('[data-testid="snippet-save"]');
  await expect
    .poll(() =>
      driver.evaluate(
        (t) => [...document.querySelectorAll('[data-testid="snippet-row"]')].some((row) => row.textContent?.includes(t)),
        title,
      ),
    )
    .toBe(true);
}

test('a snippet made in the options page goes into the description on every dashboard, found by a misspelt word', async ({
  freshDriver: driver,
}) => {
  await createSnippet(driver, 'Garansi dan retur', 'Garansi 7 hari untuk {{judul}}. Retur gratis bila ada cacat produksi.', ';garansi');
  for (const page of EDITORS) {
    await driver.goto(page.url);
    // The content script is there once it drew the field markers.
    await contentScriptReady(driver);
    const title = await driver.evaluate(() => document.querySelector<HTMLInputElement>('[data-fixture-field="title"]')!.value, null);
    await openPaletteInDescription(driver, page.marketplace);
    await driver.typeText('garnasi');
    await expect.poll(async () => (await popover(driver)).hits, { message: page.marketplace }).toContain('Garansi dan retur');
    await driver.press('Enter');
    // Inserted: the popover closes and the keyboard is back in the field. Checked before `submitted`,
    // which presses the form's own save button (and so moves the focus there).
    await expect.poll(async () => (await popover(driver)).open, { message: page.marketplace }).toBe(false);
    await expect
      .poll(
        () => driver.evaluate(() => document.activeElement?.getAttribute('data-fixture-field') ?? document.activeElement?.localName, null),
        { message: `${page.marketplace}: focus back in the field after inserting` },
      )
      .toBe('description');
    await expect
      .poll(async () => ((await submitted(driver)).description ?? '').replace(/\s+/g, ' '), { message: page.marketplace })
      .toContain(`Garansi 7 hari untuk ${title}. Retur gratis bila ada cacat produksi.`);
  }
});

test("snippet text is shown as text, and the page can neither read Rapi's database nor message Rapi", async ({
  freshDriver: driver,
  sidePanelFor,
}) => {
  await createSnippet(driver, '<img src=x onerror="window.__pwned=1"> Bahaya', '<img src=x onerror="window.__pwned=2"> isi', ';bahaya');
  const page = EDITORS.find((p) => p.marketplace === 'shopee')!;
  await driver.goto(page.url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { marketplace: 'shopee', kind: 'listing-editor' });
  // The seller's field, then the side panel's palette button: the popover opens at that field's caret.
  await driver.click('[data-fixture-field="description"]');
  await panel.click('[data-testid="sidepanel-open-palette"]');
  await expect.poll(async () => (await popover(driver)).hits, POLL).toContain('<img src=x onerror="window.__pwned=1"> Bahaya');
  const images = await driver.inHost(PALETTE_HOST, (root) => root?.querySelectorAll('img').length ?? -1, null);
  const seen = await driver.evaluate(async () => {
    const databases = typeof indexedDB.databases === 'function' ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    return {
      // The popover's and the markers' roots are closed: the page cannot look inside.
      hosts: document.querySelectorAll('rapi-palette, rapi-markers').length,
      root: document.querySelector('rapi-palette')?.shadowRoot ?? document.querySelector('rapi-markers')?.shadowRoot ?? null,
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      databases,
      canMessage: typeof runtime?.sendMessage === 'function',
      hasBrowser: typeof (globalThis as { browser?: unknown }).browser !== 'undefined',
    };
  }, null);
  expect(images).toBe(0);
  expect(seen).toEqual({ hosts: 2, root: null, pwned: undefined, databases: [], canMessage: false, hasBrowser: false });
});

test('a typed shortcut expands where the seller switched it on, and only there', async ({ freshDriver: driver }) => {
  await createSnippet(driver, 'Pengiriman', 'Dikirim setiap hari kerja sebelum pukul 15.00, dikemas dengan bubble wrap.', ';kirim');
  await driver.click('[data-testid="typed-shopee"]');
  await expect
    .poll(() => driver.evaluate(() => document.querySelector<HTMLInputElement>('[data-testid="typed-shopee"]')!.checked, null))
    .toBe(true);

  const shopee = EDITORS.find((p) => p.marketplace === 'shopee')!;
  await driver.goto(shopee.url);
  await contentScriptReady(driver);
  await driver.click('[data-fixture-field="description"]');
  await driver.press('Control+End');
  await driver.typeText(' ;kirim ');
  await expect
    .poll(async () => ((await submitted(driver)).description ?? '').replace(/\s+/g, ' '))
    .toContain('Dikirim setiap hari kerja sebelum pukul 15.00, dikemas dengan bubble wrap.');
  expect((await submitted(driver)).description).not.toContain(';kirim');

  // Not switched on for Lazada: the text stays as typed.
  const lazada = EDITORS.find((p) => p.marketplace === 'lazada')!;
  await driver.goto(lazada.url);
  await contentScriptReady(driver);
  await driver.click('[data-fixture-field="description"]');
  await driver.press('Control+End');
  await driver.typeText(' ;kirim ');
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect((await submitted(driver)).description).toContain(';kirim');
});
