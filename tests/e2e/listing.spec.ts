/**
 * Reading the listing on every seller dashboard, in Chromium and Firefox: Rapi's
 * side panel shows each field the page has, follows typing, treats hostile page
 * text as text, and learns a field it cannot find when the user points at it.
 */
import { FIXTURE_PAGES, UNKNOWN_LAYOUT_PAGE } from '../fixtures/pages';
import type { ExtensionPage } from './drivers/driver';
import { expect, expectSees, POLL, test } from './test';

const EDITORS = FIXTURE_PAGES.filter((page) => page.kind === 'listing-editor');
const FIELD_OF: Record<string, string> = {
  title: 'title',
  description: 'description',
  price: 'priceIdr',
  stock: 'stock',
  weight: 'weightGrams',
};

/** Runs in the page: which fixture fields it has, and the title the page's own state holds. */
function pageFields(): { fields: string[]; title: string } {
  const fields = [...document.querySelectorAll<HTMLElement>('[data-fixture-field]')].map((el) => el.dataset.fixtureField!);
  const title = document.querySelector<HTMLInputElement>('[data-fixture-field="title"]')?.value ?? '';
  return { fields, title };
}

async function panelValue(panel: ExtensionPage, field: string) {
  return panel.text(`rapi-value-${field}`);
}

for (const page of EDITORS) {
  test(`${page.marketplace}: the panel shows the fields read and follows typing`, async ({ driver, sidePanelFor }) => {
    await driver.goto(page.url);
    const panel = await sidePanelFor(driver);
    await expectSees(panel, { marketplace: page.marketplace, kind: 'listing-editor' });
    const { fields, title } = await driver.evaluate(pageFields, null);
    expect(fields).toContain('title');
    await expect.poll(() => panelValue(panel, 'title'), POLL).toBe(title);
    for (const field of fields) {
      await expect.poll(() => panel.attribute(`rapi-field-${FIELD_OF[field]}`, 'data-source'), POLL).not.toBe('missing');
    }

    const typed = 'Keripik Tempe Sagu Khas Malang 250 gr';
    await driver.fill('[data-fixture-field="title"]', typed);
    await expect.poll(() => panelValue(panel, 'title'), POLL).toBe(typed);
  });
}

test('hostile page text is shown as text and never runs', async ({ driver, sidePanelFor }) => {
  const page = EDITORS.find((p) => p.marketplace === 'tokopedia')!;
  await driver.goto(page.url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { kind: 'listing-editor' });
  const hostile = '<img src=x onerror="window.__pwned=1">\u200b\u202eKW';
  await driver.fill('[data-fixture-field="title"]', hostile);
  await expect.poll(() => panelValue(panel, 'title'), POLL).toBe('<img src=x onerror="window.__pwned=1">\u2425\u2425KW');
  expect(await panel.text('rapi-field-title')).toContain('2 karakter tersembunyi');
  // A megabyte of description, set the way the page's own script would.
  await driver.evaluate((size) => {
    const el = document.querySelector<HTMLTextAreaElement>('[data-fixture-field="description"]')!;
    el.removeAttribute('maxlength');
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
    setter.call(el, `<script>window.__pwned=2</script>${'Batik tulis Pekalongan. '.repeat(size / 24)}`);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, 1_000_000);
  await expect.poll(() => panelValue(panel, 'description'), POLL).toMatch(/^<script>window.__pwned=2<\/script>Batik tulis.*…$/);
  const pwned = await driver.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null, null);
  const tags = await panel.count('[data-testid="sidepanel"] img, [data-testid="sidepanel"] script');
  expect({ pwned, tags }).toEqual({ pwned: null, tags: 0 });
});

test('teach mode maps a field on an unknown layout and keeps it after a reload', async ({ freshDriver: driver, sidePanelFor }) => {
  await driver.goto(UNKNOWN_LAYOUT_PAGE.url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { kind: 'listing-editor' });
  // The label fallback finds what is labelled; the weight field is not.
  await expect.poll(() => panel.attribute('rapi-field-title', 'data-source'), POLL).toBe('label');
  await expect.poll(() => panel.attribute('rapi-field-weightGrams', 'data-source'), POLL).toBe('missing');

  await panel.click('[data-testid="rapi-teach-weightGrams"]');
  await expect.poll(() => panel.text('rapi-teach-banner'), POLL).toContain('Berat');
  await driver.click('[data-fixture-field="weight"]');
  await expect.poll(() => panel.attribute('rapi-field-weightGrams', 'data-source'), POLL).toBe('taught');
  expect(await panel.text('rapi-teach-banner')).toBeNull();
  const weight = await panelValue(panel, 'weightGrams');
  expect(weight).toMatch(/\d g$/);

  // Reloaded, and a side panel opened afresh: the taught field comes back from what Rapi stored.
  await panel.close();
  await driver.reload();
  const again = await sidePanelFor(driver);
  await expect.poll(() => again.attribute('rapi-field-weightGrams', 'data-source'), POLL).toBe('taught');
  expect(await panelValue(again, 'weightGrams')).toBe(weight);
});
