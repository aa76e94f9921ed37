/** The panel, in Chromium and Firefox: mounts on every page kind, nowhere else, once, and remembers collapse. */
import { FIXTURE_PAGES, NON_MATCHING_PAGE } from '../fixtures/pages';
import { expect, expectPanel, test } from './test';

const INDONESIAN_KIND: Record<string, string> = {
  'listing-editor': 'Formulir tambah/ubah produk',
  'product-list': 'Daftar produk toko Anda',
  shop: 'Halaman toko',
  search: 'Hasil pencarian',
  product: 'Halaman produk',
};

for (const page of FIXTURE_PAGES) {
  test(`mounts on ${page.marketplace} ${page.kind}`, async ({ driver }) => {
    await driver.goto(page.url);
    await expectPanel(driver, { hosts: 1, marketplace: page.marketplace, kind: page.kind, collapsed: false });
    // The browser runs in English; Rapi speaks Indonesian until the user chooses otherwise.
    const { text } = await driver.panel();
    expect(text).toContain('Rapi membaca halaman ini sebagai:');
    expect(text).toContain(INDONESIAN_KIND[page.kind]);
    expect(driver.server.served()).toContain(page.url);
  });
}

test('injects nothing on an ordinary marketplace page', async ({ driver }) => {
  // First a page where it must mount, so we know the extension is running in this browser.
  await driver.goto(FIXTURE_PAGES[2]!.url);
  await expectPanel(driver, { hosts: 1 });
  await driver.goto(NON_MATCHING_PAGE.url);
  // Give the content script time to run at document idle and (wrongly) mount.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect((await driver.panel()).hosts).toBe(0);
});

test('follows client-side navigation without duplicating, and leaves when the page does', async ({ driver }) => {
  const shop = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'shop')!;
  const product = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'product')!;
  const search = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'search')!;
  await driver.goto(shop.url);
  await expectPanel(driver, { hosts: 1, kind: 'shop' });

  await driver.pushState(product.url);
  await expectPanel(driver, { hosts: 1, kind: 'product' });
  await driver.pushState(search.url);
  await expectPanel(driver, { hosts: 1, kind: 'search' });

  await driver.pushState(NON_MATCHING_PAGE.url);
  await expectPanel(driver, { hosts: 0 });

  await driver.pushState(shop.url);
  await expectPanel(driver, { hosts: 1, kind: 'shop' });
  // No page load happened: only the first document was requested.
  expect(driver.server.served()).toEqual([shop.url]);
});

test('collapses to a button and remembers it per marketplace', async ({ freshDriver: driver }) => {
  const shopeeEditor = FIXTURE_PAGES.find((p) => p.marketplace === 'shopee' && p.kind === 'listing-editor')!;
  const shopeeList = FIXTURE_PAGES.find((p) => p.marketplace === 'shopee' && p.kind === 'product-list')!;
  const lazadaEditor = FIXTURE_PAGES.find((p) => p.marketplace === 'lazada' && p.kind === 'listing-editor')!;

  await driver.goto(shopeeEditor.url);
  await expectPanel(driver, { hosts: 1, collapsed: false });
  await driver.clickInPanel('rapi-collapse');
  await expectPanel(driver, { hosts: 1, collapsed: true, marketplace: null });

  await driver.reload();
  await expectPanel(driver, { hosts: 1, collapsed: true });
  await driver.goto(shopeeList.url);
  await expectPanel(driver, { hosts: 1, collapsed: true });

  await driver.goto(lazadaEditor.url);
  await expectPanel(driver, { hosts: 1, collapsed: false, marketplace: 'lazada' });

  await driver.goto(shopeeEditor.url);
  await expectPanel(driver, { hosts: 1, collapsed: true });
  await driver.clickInPanel('rapi-expand');
  await expectPanel(driver, { hosts: 1, collapsed: false, marketplace: 'shopee' });
  await driver.reload();
  await expectPanel(driver, { hosts: 1, collapsed: false, marketplace: 'shopee' });
});

test('cleans up when the extension is reloaded under an open page', async ({ freshDriver: driver }) => {
  const page = FIXTURE_PAGES.find((p) => p.marketplace === 'blibli' && p.kind === 'shop')!;
  await driver.goto(page.url);
  await expectPanel(driver, { hosts: 1, marketplace: 'blibli' });
  await driver.reloadExtension();
  if (driver.name === 'chromium') {
    // The old content script is orphaned and no new one comes into the open page: its panel must go.
    await expectPanel(driver, { hosts: 0 });
  } else {
    // Firefox injects the new version: the dead instance's panel is replaced, not doubled, and the new one works.
    await expectPanel(driver, { hosts: 1, marketplace: 'blibli', collapsed: false });
    await driver.clickInPanel('rapi-collapse');
    await expectPanel(driver, { hosts: 1, collapsed: true });
    await driver.reload();
    await expectPanel(driver, { hosts: 1, marketplace: null, collapsed: true });
  }
});
