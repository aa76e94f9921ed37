/**
 * The live checklist on every seller dashboard, in Chromium and Firefox: findings
 * follow typing, one-click fixes reach what the form submits (React, v-model-like
 * and rich-text descriptions), fixes undo, and rules can be switched off.
 */
import { FIXTURE_PAGES } from '../fixtures/pages';
import { squash, submitted } from './fixture-form';
import { expect, expectPanel, test } from './test';

const EDITORS = FIXTURE_PAGES.filter((page) => page.kind === 'listing-editor');
const CONTACT = 'Pengiriman setiap hari. Tanya stok lewat WA 0812-3456-7890 ya kak.';

for (const page of EDITORS) {
  test(`${page.marketplace}: a phone number typed into the description is flagged and the fix removes it from what is submitted`, async ({
    driver,
  }) => {
    await driver.goto(page.url);
    await expectPanel(driver, { hosts: 1 });
    await driver.fill('[data-fixture-field="description"]', `Bahan pilihan, dikemas rapi.\n${CONTACT}`);
    // Wait for the panel to have read the new text: a fix computed on the old one would be refused as stale.
    await expect.poll(() => driver.panelText('rapi-value-description')).toMatch(/^Bahan pilihan/);
    await expect.poll(() => driver.panelAttribute('rapi-finding-contact-info', 'data-severity')).toBe('error');

    await driver.clickInPanel('rapi-fix-contact-info');
    await expect.poll(() => driver.panelAttribute('rapi-notice', 'data-kind')).toBe('applied');
    await expect.poll(() => driver.panelText('rapi-finding-contact-info')).toBeNull();
    const sent = squash((await submitted(driver)).description ?? '');
    expect(sent).not.toMatch(/0812|3456|7890/);
    expect(sent).toContain('Bahan pilihan, dikemas rapi.');
    expect(sent).toContain('Pengiriman setiap hari.');
  });
}

for (const marketplace of ['tokopedia', 'shopee'] as const) {
  test(`${marketplace}: the all-caps title fix reaches the form and can be undone`, async ({ driver }) => {
    const page = EDITORS.find((p) => p.marketplace === marketplace)!;
    await driver.goto(page.url);
    await expectPanel(driver, { hosts: 1 });
    const shouting = 'KERIPIK TEMPE SAGU KHAS MALANG RENYAH 250 GR';
    await driver.fill('[data-fixture-field="title"]', shouting);
    // The whole title read first: a fix computed on a half-typed one would be refused as stale.
    await expect.poll(() => driver.panelText('rapi-value-title')).toBe(shouting);
    await expect.poll(() => driver.panelText('rapi-finding-title-all-caps')).not.toBeNull();

    await driver.clickInPanel('rapi-fix-title-all-caps');
    await expect.poll(() => driver.panelAttribute('rapi-notice', 'data-kind')).toBe('applied');
    const fixed = (await submitted(driver)).title ?? '';
    expect(fixed.toUpperCase()).toBe(shouting);
    expect(fixed).not.toBe(shouting);
    expect(fixed).toMatch(/^Keripik Tempe/);

    await driver.clickInPanel('rapi-undo');
    await expect.poll(async () => (await submitted(driver)).title).toBe(shouting);
  });
}

test('a rule switched off for a marketplace stays off after a reload, and can be switched back on', async ({ freshDriver: driver }) => {
  const page = EDITORS.find((p) => p.marketplace === 'tokopedia')!;
  await driver.goto(page.url);
  // The Tokopedia fixture's description carries a WhatsApp number.
  await expect.poll(() => driver.panelText('rapi-finding-contact-info')).not.toBeNull();
  const scoreBefore = Number(await driver.panelAttribute('rapi-score', 'data-score'));
  await driver.clickInPanel('rapi-disable-contact-info');
  await expect.poll(() => driver.panelText('rapi-finding-contact-info')).toBeNull();
  expect(Number(await driver.panelAttribute('rapi-score', 'data-score'))).toBeGreaterThan(scoreBefore);

  await driver.reload();
  await expectPanel(driver, { hosts: 1 });
  await expect.poll(() => driver.panelAttribute('rapi-score', 'data-score')).not.toBeNull();
  expect(await driver.panelText('rapi-finding-contact-info')).toBeNull();

  await driver.clickInPanel('rapi-enable-all');
  await expect.poll(() => driver.panelText('rapi-finding-contact-info')).not.toBeNull();
});
