/**
 * Ready for buyers abroad (issue 16), end to end. On the Tokopedia add-product form, filled with a
 * batik cloth listing, the side panel's Ekspor tab shows what the EU asks for that the listing
 * lacks and an English draft beside the original. Firefox and headless Chromium have no
 * Translator API, so the glossary drafts and the tab says so; in Chromium a stand-in Translator
 * put into the side panel page before its scripts run gives the translator path, and the craft
 * name survives a translator that mangles it. The mentor report's export section lists findings
 * per product (Chromium: tests open extension pages directly only there). axe on the tab (Chromium).
 */
import type { ProductCard } from '../../utils/listing';
import { auditCards } from '../../utils/audit/index';
import { FIXTURE_PAGES } from '../fixtures/pages';
import type { ExtensionDriver, ExtensionPage } from './drivers/driver';
import { expectDistinctButtonNames, expectNoSeriousA11yViolations } from './harness/axe';
import { openReportWithAudit } from './harness/report-seed';
import { expect, test } from './test';

const POLL = { timeout: 15_000 };
const EDITOR = FIXTURE_PAGES.find((page) => page.marketplace === 'tokopedia' && page.kind === 'listing-editor')!;
/** A batik cloth: a textile without fibre percentages, with its size in centimetres. */
const TITLE = 'Kain Batik Tulis Pekalongan Motif Jlamprang Warna Biru';
const DESCRIPTION =
  'Kain batik tulis asli Pekalongan, dibuat tangan oleh pengrajin di Wiradesa.\nBahan katun primisima.\nUkuran 200 x 110 cm.';

/** Fills the form with the batik listing and opens the side panel's Ekspor tab on it, at the EU. */
async function exportTabForBatik(driver: ExtensionDriver, beforeOpen?: (panel: ExtensionPage) => Promise<void>): Promise<ExtensionPage> {
  await driver.goto(EDITOR.url);
  await driver.fill('[data-fixture-field="title"]', TITLE);
  await driver.fill('[data-fixture-field="description"]', DESCRIPTION);
  const panel = await driver.openSidePanel();
  await beforeOpen?.(panel);
  await expect.poll(() => panel.count('[data-testid="sidepanel-tab-export"]'), POLL).toBe(1);
  // The side panel has the filled listing once the original column shows the new title.
  await panel.click('[data-testid="sidepanel-tab-export"]');
  await expect.poll(() => panel.text('rapi-export-original'), POLL).toContain(TITLE);
  await chooseMarket(panel, 'rapi-export-market', 'EU');
  return panel;
}

/** Chooses a destination in a <select> as the browser reports a choice (works in both drivers). */
async function chooseMarket(page: ExtensionPage, testId: string, market: string) {
  await expect.poll(() => page.count(`[data-testid="${testId}"]`), POLL).toBe(1);
  await page.evaluate(
    ([id, value]) => {
      const select = document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [testId, market] as const,
  );
  await expect
    .poll(() => page.evaluate((id) => document.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)?.value, testId))
    .toBe(market);
}

/** The rule ids of the findings the Ekspor tab lists. */
const ruleIds = (panel: ExtensionPage) =>
  panel.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('[data-testid^="rapi-export-findings-export-"]')].map((el) =>
        el.dataset.testid!.slice('rapi-export-findings-'.length),
      ),
    null,
  );

test('the Ekspor tab shows what the EU asks of a batik cloth and an English draft from the glossary', async ({ driver }) => {
  const panel = await exportTabForBatik(driver);
  try {
    await expect
      .poll(() => ruleIds(panel), POLL)
      .toEqual(expect.arrayContaining(['export-fibre-composition-missing', 'export-responsible-person-missing']));
    const found = await ruleIds(panel);
    // Size in centimetres is given. The form's category (men's batik shirt) makes it a garment,
    // and the description has no care instructions.
    expect(found).not.toContain('export-dimensions-missing');
    expect(found).toContain('export-care-label-missing');
    expect(await panel.attribute('rapi-export-findings-export-fibre-composition-missing', 'data-severity')).toBe('error');

    // Headless Chromium and Firefox have no on-device translator: the glossary drafts, and says so.
    await expect.poll(() => panel.attribute('rapi-export-path', 'data-path'), POLL).toBe('glossary');
    expect(await panel.text('rapi-export-path')).toMatch(/^Draf dari glosarium Rapi/);
    const english = await panel.text('rapi-export-english-title');
    expect(english).toMatch(/Hand-Drawn Batik/i);
    expect(english).not.toMatch(/written batik/i);
    expect(await panel.text('rapi-export-english-description')).toContain('200 x 110 cm');
    expect(await panel.text('rapi-export-original')).toContain(TITLE);
    // Firefox has no Translator at all; headless Chromium has none or one without its model ('downloadable' here).
    const fallback = await panel.attribute('rapi-export-path', 'data-fallback');
    if (driver.name === 'firefox') expect(fallback).toBe('no-api');
    else expect(['no-api', 'unavailable', 'downloadable', 'downloading']).toContain(fallback);

    // Copy reaches the system clipboard with no clipboard permission: pasted into the page's search box
    // (not a listing field, so the listing stays as it is).
    await panel.click('[data-testid="rapi-export-copy-english-title"]');
    await expect.poll(() => panel.text('rapi-export-copy-status'), POLL).toBe('Tersalin.');
    await driver.click('input[type="search"][name="q"]');
    await driver.press('Control+a');
    await driver.press('Control+v');
    await expect
      .poll(() => driver.evaluate(() => document.querySelector<HTMLInputElement>('input[type="search"][name="q"]')?.value, null), POLL)
      .toBe(english);
  } finally {
    await panel.close();
  }
});

test('the chosen destination is kept when the side panel switches tabs and opens again', async ({ freshDriver: driver }) => {
  let panel = await exportTabForBatik(driver);
  try {
    await panel.click('[data-testid="sidepanel-tab-page"]');
    await expect.poll(() => panel.count('[data-testid="rapi-export"]'), POLL).toBe(0);
    await panel.click('[data-testid="sidepanel-tab-export"]');
    await expect
      .poll(() => panel.evaluate(() => document.querySelector<HTMLSelectElement>('[data-testid="rapi-export-market"]')?.value, null), POLL)
      .toBe('EU');
  } finally {
    await panel.close();
  }
  panel = await driver.openSidePanel();
  try {
    await panel.click('[data-testid="sidepanel-tab-export"]');
    await expect
      .poll(() => panel.evaluate(() => document.querySelector<HTMLSelectElement>('[data-testid="rapi-export-market"]')?.value, null), POLL)
      .toBe('EU');
  } finally {
    await panel.close();
  }
});

/** A Translator like Chrome's, ready on the device, that turns "batik tulis" into "written batik". */
const STAND_IN_TRANSLATOR = `
  Object.defineProperty(globalThis, 'Translator', {
    configurable: true,
    writable: true,
    value: {
      availability: async () => 'available',
      create: async () => ({
        translate: async (text) => {
          globalThis.__rapiTranslated = (globalThis.__rapiTranslated || 0) + 1;
          return text.replace(/batik tulis/gi, 'written batik').replace(/\\bKain\\b/g, 'Cloth').replace(/\\bBahan\\b/g, 'Material');
        },
        destroy() {},
      }),
    },
  });
`;

test("with Chrome's on-device translator the Ekspor tab says the translator drafted, and the craft name survives", async ({
  driver,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'chromium', "Chrome's Translator API exists only in Chromium");
  const panel = await exportTabForBatik(driver, async (opened) => {
    // Before the side panel's scripts run: added, then the page loaded again (it stays a background tab).
    await opened.playwrightPage!.addInitScript(STAND_IN_TRANSLATOR);
    await opened.playwrightPage!.reload({ waitUntil: 'load' });
  });
  try {
    await expect.poll(() => panel.attribute('rapi-export-path', 'data-path'), POLL).toBe('translator');
    expect(await panel.text('rapi-export-path')).toBe('Diterjemahkan di perangkat oleh Chrome. Baca lagi sebelum dipakai.');
    expect(await panel.evaluate(() => (globalThis as { __rapiTranslated?: number }).__rapiTranslated ?? 0, null)).toBeGreaterThan(0);
    const title = await panel.text('rapi-export-english-title');
    expect(title).toMatch(/hand-drawn batik/i);
    expect(title).not.toMatch(/written batik/i);
    expect(title).toMatch(/^Cloth/);
    expect(await panel.text('rapi-export-english-description')).toMatch(/hand-drawn batik/i);
  } finally {
    await panel.close();
  }
});

test('the Ekspor tab has no serious accessibility violation and no two buttons share a name', async ({ driver }, testInfo) => {
  test.skip(testInfo.project.name !== 'chromium', 'axe runs through @axe-core/playwright (Chromium project)');
  const panel = await exportTabForBatik(driver);
  try {
    await expect.poll(() => panel.attribute('rapi-export-path', 'data-path'), POLL).toBe('glossary');
    const page = panel.playwrightPage!;
    // Names first: axe ends its run in a blank tab of its own, which the side panel then follows.
    await expectDistinctButtonNames(page, { include: '[data-testid="sidepanel-panel-export"]', label: 'the Ekspor tab' });
    const findings = await expectNoSeriousA11yViolations(page, { label: 'the Ekspor tab at the EU' });
    // Moderate, but the tab's own to get right: its headings follow the side panel's h1 (h3 before the fix).
    expect(findings.map((finding) => finding.id)).not.toContain('heading-order');
  } finally {
    await panel.close();
  }
});

const REPORT_CARDS: ProductCard[] = [
  { title: 'Kemeja Batik Tulis Pekalongan Pria Lengan Panjang', url: 'https://www.tokopedia.com/ekspor-e2e/kemeja', priceIdr: 285_000 },
  { title: 'Piring Keramik Dinoyo Lukis Tangan 25 cm', url: 'https://www.tokopedia.com/ekspor-e2e/piring', priceIdr: 95_000 },
  { title: 'Gantungan Kunci Akrilik 5 x 5 cm', url: 'https://www.tokopedia.com/ekspor-e2e/gantungan', priceIdr: 15_000 },
];

test("the report's export section lists, per product, what the EU asks for", async ({ freshDriver: driver }, testInfo) => {
  test.skip(testInfo.project.name !== 'chromium', 'tests open extension pages directly only in Chromium');
  const audit = auditCards(REPORT_CARDS, {
    marketplace: 'tokopedia',
    url: 'https://www.tokopedia.com/ekspor-e2e',
    at: new Date('2026-06-01T03:00:00Z'),
  });
  await openReportWithAudit(driver, audit);
  const inReport = <R, A>(fn: (arg: A) => R, arg: A) => driver.evaluate(fn, arg);
  // Closed until the mentor opens it: nothing is checked before.
  await expect
    .poll(() => inReport(() => document.querySelector('[data-testid="report-export-toggle"]')?.getAttribute('aria-expanded'), null))
    .toBe('false');
  expect(await inReport(() => document.querySelectorAll('[data-testid="report-export-product"]').length, null)).toBe(0);
  await driver.click('[data-testid="report-export-toggle"]');
  await expect.poll(() => inReport(() => document.querySelectorAll('[data-testid="report-export-market"]').length, null)).toBe(1);
  await inReport(() => {
    const select = document.querySelector<HTMLSelectElement>('[data-testid="report-export-market"]')!;
    select.value = 'EU';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, null);
  const perProduct = () =>
    inReport(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-testid="report-export-product"]')].map((item) => ({
          title: item.querySelector('.report-export__title')?.textContent ?? '',
          rules: [...item.querySelectorAll<HTMLElement>('[data-rule]')].map((finding) => finding.dataset.rule),
        })),
      null,
    );
  await expect.poll(async () => (await perProduct()).length, POLL).toBe(3);
  const rows = await perProduct();
  const rulesOf = (start: string) => rows.find((item) => item.title.startsWith(start))?.rules ?? [];
  expect(rulesOf('Kemeja Batik')).toEqual(
    expect.arrayContaining(['export-fibre-composition-missing', 'export-responsible-person-missing']),
  );
  expect(rulesOf('Piring Keramik')).toEqual(
    expect.arrayContaining(['export-food-contact-test-missing', 'export-responsible-person-missing']),
  );
  expect(rulesOf('Piring Keramik')).not.toContain('export-fibre-composition-missing');
  expect(rulesOf('Kemeja Batik')).not.toContain('export-food-contact-test-missing');
  expect(await inReport(() => document.querySelector('[data-testid="report-export-summary"]')?.textContent, null)).toMatch(/Uni Eropa|EU/);
});
