/**
 * The live checklist on every seller dashboard, in Chromium and Firefox, shown in
 * Rapi's side panel: findings follow typing, one-click fixes reach what the form
 * submits (React, v-model-like and rich-text descriptions), fixes undo, and rules
 * can be switched off.
 */
import { FIXTURE_PAGES } from '../fixtures/pages';
import { squash, submitted } from './fixture-form';
import { expect, expectSees, POLL, test } from './test';

const EDITORS = FIXTURE_PAGES.filter((page) => page.kind === 'listing-editor');
const CONTACT = 'Pengiriman setiap hari. Tanya stok lewat WA 0812-3456-7890 ya kak.';

for (const page of EDITORS) {
  test(`${page.marketplace}: a phone number typed into the description is flagged and the fix removes it from what is submitted`, async ({
    driver,
    sidePanelFor,
  }) => {
    await driver.goto(page.url);
    const panel = await sidePanelFor(driver);
    await expectSees(panel, { marketplace: page.marketplace, kind: 'listing-editor' });
    await driver.fill('[data-fixture-field="description"]', `Bahan pilihan, dikemas rapi.\n${CONTACT}`);
    // Wait for the side panel to have read the new text: a fix computed on the old one would be refused as stale.
    await expect.poll(() => panel.text('rapi-value-description'), POLL).toMatch(/^Bahan pilihan/);
    await expect.poll(() => panel.attribute('rapi-finding-contact-info', 'data-severity'), POLL).toBe('error');

    await panel.click('[data-testid="rapi-fix-contact-info"]');
    await expect.poll(() => panel.attribute('rapi-notice', 'data-kind'), POLL).toBe('applied');
    await expect.poll(() => panel.text('rapi-finding-contact-info'), POLL).toBeNull();
    const sent = squash((await submitted(driver)).description ?? '');
    expect(sent).not.toMatch(/0812|3456|7890/);
    expect(sent).toContain('Bahan pilihan, dikemas rapi.');
    expect(sent).toContain('Pengiriman setiap hari.');
  });
}

for (const marketplace of ['tokopedia', 'shopee'] as const) {
  test(`${marketplace}: the all-caps title fix reaches the form and can be undone`, async ({ driver, sidePanelFor }) => {
    const page = EDITORS.find((p) => p.marketplace === marketplace)!;
    await driver.goto(page.url);
    const panel = await sidePanelFor(driver);
    await expectSees(panel, { marketplace: page.marketplace, kind: 'listing-editor' });
    const shouting = 'KERIPIK TEMPE SAGU KHAS MALANG RENYAH 250 GR';
    await driver.fill('[data-fixture-field="title"]', shouting);
    // The whole title read first: a fix computed on a half-typed one would be refused as stale.
    await expect.poll(() => panel.text('rapi-value-title'), POLL).toBe(shouting);
    await expect.poll(() => panel.text('rapi-finding-title-all-caps'), POLL).not.toBeNull();

    await panel.click('[data-testid="rapi-fix-title-all-caps"]');
    await expect.poll(() => panel.attribute('rapi-notice', 'data-kind'), POLL).toBe('applied');
    const fixed = (await submitted(driver)).title ?? '';
    expect(fixed.toUpperCase()).toBe(shouting);
    expect(fixed).not.toBe(shouting);
    expect(fixed).toMatch(/^Keripik Tempe/);

    await panel.click('[data-testid="rapi-undo"]');
    await expect.poll(async () => (await submitted(driver)).title).toBe(shouting);
  });
}

test('a rule switched off for a marketplace stays off after a reload, and can be switched back on', async ({
  freshDriver: driver,
  sidePanelFor,
}) => {
  const page = EDITORS.find((p) => p.marketplace === 'tokopedia')!;
  await driver.goto(page.url);
  const panel = await sidePanelFor(driver);
  // The Tokopedia fixture's description carries a WhatsApp number.
  await expect.poll(() => panel.text('rapi-finding-contact-info'), POLL).not.toBeNull();
  const scoreBefore = Number(await panel.attribute('rapi-score', 'data-score'));
  await panel.click('[data-testid="rapi-disable-contact-info"]');
  await expect.poll(() => panel.text('rapi-finding-contact-info'), POLL).toBeNull();
  expect(Number(await panel.attribute('rapi-score', 'data-score'))).toBeGreaterThan(scoreBefore);

  // The page reloaded and a side panel opened afresh: what it shows comes from the stored settings.
  await panel.close();
  await driver.reload();
  const again = await sidePanelFor(driver);
  await expect.poll(() => again.attribute('rapi-score', 'data-score'), POLL).not.toBeNull();
  expect(await again.text('rapi-finding-contact-info')).toBeNull();

  await again.click('[data-testid="rapi-enable-all"]');
  await expect.poll(() => again.text('rapi-finding-contact-info'), POLL).not.toBeNull();
});
