/**
 * Where Rapi shows up, in Chromium and Firefox: its side panel reads every page kind of
 * every marketplace (in Indonesian, the browser being English), says why it does nothing
 * on a buyer's product page and an unknown page, and follows client-side navigation. In
 * the page itself Rapi adds only the field markers (one closed host, on seller forms) and
 * the palette popover when the seller opens it: nothing at all on other pages, never a
 * second host, and nothing left behind when the extension goes away.
 */
import { FIXTURE_PAGES, NON_MATCHING_PAGE } from '../fixtures/pages';
import { MARKERS_HOST, type ExtensionDriver } from './drivers/driver';
import { expect, expectSees, POLL, test } from './test';

const INDONESIAN_KIND: Record<string, string> = {
  'listing-editor': 'Formulir tambah/ubah produk',
  'product-list': 'Daftar produk toko Anda',
  shop: 'Halaman toko',
  search: 'Hasil pencarian',
  product: 'Halaman produk',
};
const TEXT_FIELDS = ['title', 'description', 'price', 'stock', 'weight'];

/** Runs in the page: every element Rapi could have added, by tag, and the page's text fields. */
function rapiInPage(fields: string[]): { panel: number; markers: number; palette: number; fields: number } {
  return {
    panel: document.querySelectorAll('rapi-panel').length,
    markers: document.querySelectorAll('rapi-markers').length,
    palette: document.querySelectorAll('rapi-palette').length,
    fields: fields.filter((field) => document.querySelector(`[data-fixture-field="${field}"]`)).length,
  };
}

/** Marker buttons in the markers' closed root. */
const markerCount = (driver: ExtensionDriver) => driver.inHost(MARKERS_HOST, (root) => root?.querySelectorAll('button').length ?? 0, null);

const settle = (ms = 1500) => new Promise((resolve) => setTimeout(resolve, ms));

const MARKETPLACES = [...new Set(FIXTURE_PAGES.map((page) => page.marketplace))];

// One side panel per marketplace, following its tab through every page kind (opening one is the slow part).
for (const marketplace of MARKETPLACES) {
  test(`the side panel reads every ${marketplace} page kind; the page gets markers only where there are fields`, async ({
    driver,
    sidePanelFor,
  }) => {
    const pages = FIXTURE_PAGES.filter((page) => page.marketplace === marketplace);
    await driver.goto(pages[0]!.url);
    const panel = await sidePanelFor(driver);
    for (const page of pages) {
      const label = `${marketplace} ${page.kind}`;
      await driver.goto(page.url);
      if (page.kind === 'product') {
        // A buyer's product page: nothing for Rapi to do, and the side panel says so.
        await expectSees(panel, { marketplace: null, kind: null, notHere: 'buyer-page' }, label);
        expect(await panel.text('sidepanel-why'), label).toMatch(/pembeli/);
      } else {
        await expectSees(panel, { marketplace: page.marketplace, kind: page.kind, notHere: null }, label);
        // The browser runs in English; Rapi speaks Indonesian until the user chooses otherwise.
        expect(await panel.text('sidepanel-page'), label).toContain('Rapi membaca halaman ini sebagai:');
        expect(await panel.text('sidepanel-page-kind'), label).toBe(INDONESIAN_KIND[page.kind]);
      }
      expect(driver.server.served(), label).toContain(page.url);

      if (page.kind === 'listing-editor') {
        // One markers host, at most one marker per text field, no floating panel, no palette until it is opened.
        // (Markers go to fields with findings: a shouting title makes sure there is one.)
        await driver.fill('[data-fixture-field="title"]', 'KERIPIK TEMPE SAGU KHAS MALANG RENYAH 250 GR');
        await expect.poll(() => markerCount(driver), { ...POLL, message: label }).toBeGreaterThan(0);
        const seen = await driver.evaluate(rapiInPage, TEXT_FIELDS);
        expect({ ...seen, fields: undefined }, label).toEqual({ panel: 0, markers: 1, palette: 0, fields: undefined });
        expect(await markerCount(driver), label).toBeLessThanOrEqual(seen.fields);
      } else {
        // The side panel has heard from the page's content script: it has added all it ever will.
        await settle(500);
        expect(await driver.evaluate(rapiInPage, TEXT_FIELDS), label).toMatchObject({ panel: 0, markers: 0, palette: 0 });
      }
    }
  });
}

test('adds nothing to an ordinary marketplace page, and the side panel says why', async ({ driver, sidePanelFor }) => {
  // First a page where it draws markers, so we know the extension is running in this browser. The
  // window is tall enough for every field: a marker (and its host) shows only for a field in view.
  const editor = FIXTURE_PAGES.find((p) => p.kind === 'listing-editor')!;
  await driver.setViewport({ width: 1366, height: 1600 });
  await driver.goto(editor.url);
  const panel = await sidePanelFor(driver);
  await expect.poll(() => markerCount(driver), POLL).toBeGreaterThan(0);
  await driver.setViewport({ width: 1366, height: 900 });
  await driver.goto(NON_MATCHING_PAGE.url);
  await expectSees(panel, { marketplace: null, kind: null, notHere: 'unknown-page' });
  // Give a content script time to run at document idle and (wrongly) add something.
  await settle();
  expect(await driver.evaluate(rapiInPage, TEXT_FIELDS)).toMatchObject({ panel: 0, markers: 0, palette: 0 });
});

test('follows client-side navigation without a page load, and adds nothing on the way', async ({ driver, sidePanelFor }) => {
  const shop = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'shop')!;
  const product = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'product')!;
  const search = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'search')!;
  await driver.goto(shop.url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { marketplace: 'tokopedia', kind: 'shop' });
  // (Firefox's way to the side panel loads pages of its own in a helper tab: counted from here.)
  const servedBefore = driver.server.served().length;

  await driver.pushState(product.url);
  await expectSees(panel, { notHere: 'buyer-page' });
  await driver.pushState(search.url);
  await expectSees(panel, { marketplace: 'tokopedia', kind: 'search', notHere: null });
  await driver.pushState(NON_MATCHING_PAGE.url);
  await expectSees(panel, { notHere: 'unknown-page' });
  await driver.pushState(shop.url);
  await expectSees(panel, { marketplace: 'tokopedia', kind: 'shop', notHere: null });
  expect(await driver.evaluate(rapiInPage, TEXT_FIELDS)).toMatchObject({ panel: 0, markers: 0, palette: 0 });
  // No page load happened: the first document was the only one requested.
  expect(driver.server.served()).toContain(shop.url);
  expect(driver.server.served().slice(servedBefore)).toEqual([]);
});

test('a seller form reloaded in the same tab gets its markers again', async ({ driver }) => {
  const editor = FIXTURE_PAGES.find((p) => p.marketplace === 'shopee' && p.kind === 'listing-editor')!;
  await driver.goto(NON_MATCHING_PAGE.url);
  await driver.goto(editor.url);
  await expect.poll(() => markerCount(driver), POLL).toBeGreaterThan(0);
  const before = await markerCount(driver);
  await driver.reload();
  await expect.poll(() => markerCount(driver), POLL).toBe(before);
});

test('cleans up when the extension is reloaded under an open page', async ({ freshDriver: driver }) => {
  const editor = FIXTURE_PAGES.find((p) => p.marketplace === 'shopee' && p.kind === 'listing-editor')!;
  await driver.goto(editor.url);
  await expect.poll(() => markerCount(driver), POLL).toBeGreaterThan(0);
  await driver.reloadExtension();
  if (driver.name === 'chromium') {
    // The old content script is orphaned and no new one comes into the open page: its markers must go.
    await expect.poll(() => driver.evaluate(rapiInPage, TEXT_FIELDS), POLL).toMatchObject({ markers: 0, palette: 0 });
  } else {
    // Firefox injects the new version: the dead instance's markers are replaced, not doubled, and the
    // new instance draws its own (from the new background's checks).
    await expect.poll(() => markerCount(driver), POLL).toBeGreaterThan(0);
    expect(await driver.evaluate(rapiInPage, TEXT_FIELDS)).toMatchObject({ panel: 0, markers: 1 });
  }
});
