/**
 * Local-product tags in Rapi's side panel, in Chromium and Firefox: a batik listing on
 * Shopee earns #BatikPekalongan, one click puts it in the description the form
 * submits; an imported product gets no local tags; a keyword that would overflow
 * Tokopedia's 70-character title is refused with a visible warning.
 */
import { FIXTURE_PAGES } from '../fixtures/pages';
import type { ExtensionPage } from './drivers/driver';
import { submitted } from './fixture-form';
import { expect, expectSees, POLL, test } from './test';

const editor = (marketplace: string) => FIXTURE_PAGES.find((p) => p.marketplace === marketplace && p.kind === 'listing-editor')!;

/** A real click on the add button of the suggested tag with this insert form. */
async function clickTag(panel: ExtensionPage, insert: string): Promise<void> {
  await panel.click(`[data-testid="rapi-tag"][data-insert="${insert}"] button`);
}

/** The insert forms of the tags the side panel suggests. */
function suggested(panel: ExtensionPage): Promise<string[]> {
  return panel.evaluate(
    () => [...document.querySelectorAll<HTMLElement>('[data-testid="rapi-tag"]')].map((el) => el.dataset.insert!),
    null,
  );
}

test('Shopee: "Batik tulis Pekalongan" earns #BatikPekalongan, and one click puts it in the submitted description', async ({
  driver,
  sidePanelFor,
}) => {
  await driver.goto(editor('shopee').url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { marketplace: 'shopee', kind: 'listing-editor' });
  await driver.fill('[data-fixture-field="title"]', 'Kain Batik Tulis Pekalongan Motif Jlamprang Katun Primisima');
  await driver.fill('[data-fixture-field="description"]', 'Dibuat tangan oleh pengrajin di Pekalongan.');
  await expect.poll(() => suggested(panel), POLL).toContain('#BatikPekalongan');

  await clickTag(panel, '#BatikPekalongan');
  await expect.poll(() => panel.attribute('rapi-notice', 'data-kind'), POLL).toBe('applied');
  const description = (await submitted(driver)).description ?? '';
  expect(description).toMatch(/Dibuat tangan oleh pengrajin di Pekalongan\.\s+#BatikPekalongan$/);
  // Once in the listing, the tag is no longer offered.
  await expect.poll(() => suggested(panel), POLL).not.toContain('#BatikPekalongan');
});

test('an imported product gets no local-product tags, and the side panel says why', async ({ driver, sidePanelFor }) => {
  await driver.goto(editor('shopee').url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { marketplace: 'shopee', kind: 'listing-editor' });
  await driver.fill('[data-fixture-field="title"]', 'Kemeja Batik Pria Import China Motif Parang');
  await driver.fill('[data-fixture-field="description"]', 'Barang import, kualitas bagus.');
  await expect.poll(() => panel.text('rapi-tags-import'), POLL).toMatch(/impor/i);
  const tags = await suggested(panel);
  for (const local of ['#ProdukLokal', '#BanggaBuatanIndonesia', '#HandmadeInIndonesia', '#KreasiNusantara'])
    expect(tags).not.toContain(local);
});

test('Tokopedia: a keyword that would overflow the 70-character title is refused with a warning, not cut', async ({
  driver,
  sidePanelFor,
}) => {
  await driver.goto(editor('tokopedia').url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { marketplace: 'tokopedia', kind: 'listing-editor' });
  const before = (await submitted(driver)).title!;
  expect(before.length).toBeGreaterThan(60);
  await expect.poll(() => suggested(panel), POLL).toContain('Handmade in Indonesia');
  await clickTag(panel, 'Handmade in Indonesia');
  await expect.poll(() => panel.attribute('rapi-notice', 'data-kind'), POLL).toBe('too-long');
  expect(await panel.text('rapi-notice')).toMatch(/maksimal 70/);
  expect((await submitted(driver)).title).toBe(before);
});
