/**
 * Local-product tags in the panel, in Chromium and Firefox: a batik listing on
 * Shopee earns #BatikPekalongan, one click puts it in the description the form
 * submits; an imported product gets no local tags; a keyword that would overflow
 * Tokopedia's 70-character title is refused with a visible warning.
 */
import { FIXTURE_PAGES } from '../fixtures/pages';
import type { ExtensionDriver } from './drivers/driver';
import { submitted } from './fixture-form';
import { expect, expectPanel, test } from './test';

const editor = (marketplace: string) => FIXTURE_PAGES.find((p) => p.marketplace === marketplace && p.kind === 'listing-editor')!;

/** A real click on the add button of the suggested tag with this insert form. */
async function clickTag(driver: ExtensionDriver, insert: string): Promise<void> {
  await driver.clickInPanelSelector(`[data-testid="rapi-tag"][data-insert="${insert}"] button`);
}

/** Runs with Rapi's (closed) shadow root: the insert forms of the suggested tags. */
function suggested(shadow: ShadowRoot | null): string[] {
  return [...(shadow?.querySelectorAll<HTMLElement>('[data-testid="rapi-tag"]') ?? [])].map((el) => el.dataset.insert!);
}

test('Shopee: "Batik tulis Pekalongan" earns #BatikPekalongan, and one click puts it in the submitted description', async ({ driver }) => {
  await driver.goto(editor('shopee').url);
  await expectPanel(driver, { hosts: 1 });
  await driver.fill('[data-fixture-field="title"]', 'Kain Batik Tulis Pekalongan Motif Jlamprang Katun Primisima');
  await driver.fill('[data-fixture-field="description"]', 'Dibuat tangan oleh pengrajin di Pekalongan.');
  await expect.poll(() => driver.inPanel(suggested, null)).toContain('#BatikPekalongan');

  await clickTag(driver, '#BatikPekalongan');
  await expect.poll(() => driver.panelAttribute('rapi-notice', 'data-kind')).toBe('applied');
  const description = (await submitted(driver)).description ?? '';
  expect(description).toMatch(/Dibuat tangan oleh pengrajin di Pekalongan\.\s+#BatikPekalongan$/);
  // Once in the listing, the tag is no longer offered.
  await expect.poll(() => driver.inPanel(suggested, null)).not.toContain('#BatikPekalongan');
});

test('an imported product gets no local-product tags, and the panel says why', async ({ driver }) => {
  await driver.goto(editor('shopee').url);
  await expectPanel(driver, { hosts: 1 });
  await driver.fill('[data-fixture-field="title"]', 'Kemeja Batik Pria Import China Motif Parang');
  await driver.fill('[data-fixture-field="description"]', 'Barang import, kualitas bagus.');
  await expect.poll(() => driver.panelText('rapi-tags-import')).toMatch(/impor/i);
  const tags = await driver.inPanel(suggested, null);
  for (const local of ['#ProdukLokal', '#BanggaBuatanIndonesia', '#HandmadeInIndonesia', '#KreasiNusantara'])
    expect(tags).not.toContain(local);
});

test('Tokopedia: a keyword that would overflow the 70-character title is refused with a warning, not cut', async ({ driver }) => {
  await driver.goto(editor('tokopedia').url);
  await expectPanel(driver, { hosts: 1 });
  const before = (await submitted(driver)).title!;
  expect(before.length).toBeGreaterThan(60);
  await expect.poll(() => driver.inPanel(suggested, null)).toContain('Handmade in Indonesia');
  await clickTag(driver, 'Handmade in Indonesia');
  await expect.poll(() => driver.panelAttribute('rapi-notice', 'data-kind')).toBe('too-long');
  expect(await driver.panelText('rapi-notice')).toMatch(/maksimal 70/);
  expect((await submitted(driver)).title).toBe(before);
});
