/**
 * Rapi's side panel (issue 15), in Chromium and Firefox: opened as a tab of the marketplace's
 * window (tests cannot open the browser's own side panel), it follows the window's active tab
 * as the real side panel does. On every marketplace's add-product form it shows the listing's
 * findings and tags; a fix applied from it reaches what the form submits; switching tabs
 * switches its content; a buyer's product page and an unknown page say why Rapi does nothing;
 * the popup names what Rapi sees.
 */
import { FIXTURE_PAGES, NON_MATCHING_PAGE } from '../fixtures/pages';
import type { ExtensionPage } from './drivers/driver';
import { squash, submitted } from './fixture-form';
import { expectNoSeriousA11yViolations } from './harness/axe';
import { expect, test } from './test';

const EDITORS = FIXTURE_PAGES.filter((page) => page.kind === 'listing-editor');
const pageOf = (marketplace: string, kind: string) => FIXTURE_PAGES.find((page) => page.marketplace === marketplace && page.kind === kind)!;
const CONTACT = 'Pengiriman setiap hari. Tanya stok lewat WA 0812-3456-7890 ya kak.';
const POLL = { timeout: 15_000 };

/** What the side panel says it sees: marketplace and page kind, or why not. */
const sees = async (panel: ExtensionPage) => ({
  marketplace: await panel.attribute('sidepanel-page', 'data-marketplace'),
  kind: await panel.attribute('sidepanel-page', 'data-kind'),
  notHere: await panel.attribute('sidepanel-not-here', 'data-reason'),
});

for (const page of EDITORS) {
  test(`${page.marketplace}: the side panel shows the form's findings and tags, and its fix reaches what the form submits`, async ({
    driver,
  }) => {
    await driver.goto(page.url);
    const panel = await driver.openSidePanel();
    try {
      await expect.poll(() => sees(panel), POLL).toEqual({ marketplace: page.marketplace, kind: 'listing-editor', notHere: null });
      await expect.poll(() => panel.count('[data-testid="rapi-quality"] li[data-testid^="rapi-finding-"]'), POLL).toBeGreaterThan(0);
      expect(await panel.count('[data-testid="rapi-tags"]')).toBe(1);
      expect(await panel.count('[data-testid="rapi-listing"]')).toBe(1);

      await driver.fill('[data-fixture-field="description"]', `Bahan pilihan, dikemas rapi.\n${CONTACT}`);
      // The side panel has the new text (and so its fix is computed on it) once the number is flagged.
      await expect.poll(() => panel.text('rapi-value-description'), POLL).toMatch(/^Bahan pilihan/);
      await expect.poll(() => panel.attribute('rapi-finding-contact-info', 'data-severity'), POLL).toBe('error');
      // A fix is computed on the last text the side panel has; if the form's text moved on since (the
      // last keys were still arriving), Rapi refuses it as stale rather than write over the seller's
      // words, and the side panel shows the fix for the newer text: the seller clicks again.
      for (let attempt = 1; ; attempt++) {
        await panel.click('[data-testid="rapi-fix-contact-info"]');
        await expect.poll(() => panel.attribute('rapi-notice', 'data-kind'), POLL).toMatch(/^(applied|stale)$/);
        if ((await panel.attribute('rapi-notice', 'data-kind')) === 'applied') break;
        expect(attempt, 'a fix refused as stale more than twice').toBeLessThan(3);
        // Close the notice, so the next answer is not read from this one.
        await panel.click('[data-testid="rapi-notice"] button.rapi-link');
        await expect.poll(() => panel.count('[data-testid="rapi-notice"]'), POLL).toBe(0);
        await expect.poll(() => panel.attribute('rapi-finding-contact-info', 'data-severity'), POLL).toBe('error');
      }
      await expect.poll(() => panel.count('[data-testid="rapi-finding-contact-info"]'), POLL).toBe(0);
      const sent = squash((await submitted(driver)).description ?? '');
      expect(sent).not.toMatch(/0812|3456|7890/);
      expect(sent).toContain('Pengiriman setiap hari.');
    } finally {
      await panel.close();
    }
  });
}

test('switching tabs switches the side panel; a buyer page and an unknown page say why Rapi does nothing', async ({
  freshDriver: driver,
}) => {
  const editor = pageOf('shopee', 'listing-editor');
  const shop = pageOf('tokopedia', 'shop');
  await driver.goto(editor.url);
  const panel = await driver.openSidePanel();
  try {
    await expect.poll(() => sees(panel), POLL).toMatchObject({ marketplace: 'shopee', kind: 'listing-editor' });
    await driver.newTab(shop.url);
    await expect.poll(() => sees(panel), POLL).toMatchObject({ marketplace: 'tokopedia', kind: 'shop' });
    expect(await panel.attribute('rapi-audit', 'data-phase')).toBe('idle');
    expect(await panel.count('[data-testid="rapi-quality"]')).toBe(0);

    await driver.switchTab(0);
    await expect.poll(() => sees(panel), POLL).toMatchObject({ marketplace: 'shopee', kind: 'listing-editor' });
    await expect.poll(() => panel.count('[data-testid="rapi-quality"]'), POLL).toBe(1);

    // In-page navigation is followed too: the same tab, now a buyer's product page.
    await driver.goto(pageOf('shopee', 'product').url);
    await expect.poll(() => sees(panel), POLL).toEqual({ marketplace: null, kind: null, notHere: 'buyer-page' });
    expect(await panel.text('sidepanel-why')).toMatch(/pembeli/);
    await driver.goto(NON_MATCHING_PAGE.url);
    await expect.poll(() => sees(panel), POLL).toEqual({ marketplace: null, kind: null, notHere: 'unknown-page' });
    await driver.switchTab(1);
    await expect.poll(() => sees(panel), POLL).toMatchObject({ marketplace: 'tokopedia', kind: 'shop' });
  } finally {
    await panel.close();
  }
});

test('the audit runs from the side panel on a shop page', async ({ freshDriver: driver }) => {
  await driver.goto(pageOf('tokopedia', 'shop').url);
  const panel = await driver.openSidePanel();
  await expect.poll(() => panel.attribute('rapi-audit', 'data-phase'), POLL).toBe('idle');
  await panel.click('[data-testid="rapi-audit-run"]');
  await expect.poll(() => panel.attribute('rapi-audit', 'data-phase'), POLL).toBe('done');
  expect(Number(await panel.attribute('rapi-audit-result', 'data-count'))).toBeGreaterThan(1);
});

test('the popup names the marketplace, page kind and suggestion count, and says why Rapi is idle on a buyer page', async ({ driver }) => {
  const editor = pageOf('lazada', 'listing-editor');
  await driver.goto(editor.url);
  let popup = await driver.openPopup();
  try {
    await expect.poll(() => popup.attribute('popup-active', 'data-marketplace'), POLL).toBe('lazada');
    expect(await popup.attribute('popup-active', 'data-kind')).toBe('listing-editor');
    await expect.poll(async () => Number(await popup.attribute('popup-findings', 'data-count')), POLL).toBeGreaterThan(0);
    expect(await popup.count('[data-testid="popup-open-sidepanel"]')).toBe(1);
  } finally {
    await popup.close();
  }
  await driver.goto(pageOf('lazada', 'product').url);
  popup = await driver.openPopup();
  try {
    await expect.poll(() => popup.attribute('popup-inactive', 'data-reason'), POLL).toBe('buyer-page');
    expect(await popup.count('[data-testid="popup-open-sidepanel"]')).toBe(0);
  } finally {
    await popup.close();
  }
});

test('the side panel has no serious accessibility violation', async ({ driver }, testInfo) => {
  test.skip(testInfo.project.name !== 'chromium', 'axe runs through @axe-core/playwright (Chromium project)');
  await driver.goto(pageOf('tokopedia', 'listing-editor').url);
  const panel = await driver.openSidePanel();
  try {
    await expect.poll(() => panel.count('[data-testid="rapi-quality"]'), POLL).toBe(1);
    await expectNoSeriousA11yViolations(panel.playwrightPage!, { label: 'side panel on the Tokopedia form' });
    await driver.goto(pageOf('tokopedia', 'product').url);
    await expect.poll(() => panel.count('[data-testid="sidepanel-not-here"]'), POLL).toBe(1);
    await expectNoSeriousA11yViolations(panel.playwrightPage!, { label: 'side panel on a buyer page' });
  } finally {
    await panel.close();
  }
});
