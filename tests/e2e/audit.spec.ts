/**
 * The mentor's audit, in Chromium and Firefox: audit a Tokopedia shop of 64
 * products from the side panel, keep a note, open the report, export CSV (parsed back
 * and compared), print to PDF (Chromium), then audit the shop after the seller's
 * changes and see the comparison.
 */
import Papa from 'papaparse';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { fixtureHtml } from '../unit/load-fixture';
import { expect, expectSees, POLL, test } from './test';

const SHOP = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'shop')!;

/** Runs in the report page: captures what the export buttons hand to the browser as files. */
function captureDownloads(): void {
  const w = window as unknown as { __rapiFiles: string[] };
  w.__rapiFiles = [];
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) void blob.text().then((text) => w.__rapiFiles.push(text));
    return original(blob);
  };
}

/** The shop a month later: the seller dropped the promo shouting, fixed the capitals and sold out one product. */
function shopAfterChanges(html: string): string {
  const changed = html.replace(/PROMO!!! TERMURAH /g, '').replace(
    />([A-Z0-9 !]{12,})</g,
    (_all, title: string) =>
      `>${title
        .replace(/!+/g, '')
        .toLowerCase()
        .replace(/\b\w/g, (c) => c.toUpperCase())}<`,
  );
  // Cards are siblings: the first one ends where the second begins.
  const marker = 'data-testid="master-product-card"';
  const first = changed.lastIndexOf('<div', changed.indexOf(marker));
  const second = changed.lastIndexOf('<div', changed.indexOf(marker, changed.indexOf(marker) + 1));
  return changed.slice(0, first) + changed.slice(second);
}

test('a mentor audits a shop, keeps a note, exports the report and sees the progress next time', async ({
  freshDriver: driver,
  sidePanelFor,
}) => {
  await driver.goto(SHOP.url);
  const panel = await sidePanelFor(driver);
  await expectSees(panel, { kind: 'shop' });
  await panel.click('[data-testid="rapi-audit-run"]');
  await expect.poll(() => panel.attribute('rapi-audit-result', 'data-count'), POLL).toBe('64');
  expect(await panel.text('rapi-audit-compare')).toMatch(/Audit pertama/);

  await driver.followNewTab(() => panel.click('[data-testid="rapi-audit-open-report"]'), '/report.html');
  await expect.poll(() => driver.evaluate(() => document.querySelectorAll('[data-testid="report-row"]').length, null)).toBe(64);
  await driver.fill('[data-testid="report-notes"]', 'Sesi 1: judul huruf kapital dan kata promo perlu dibenahi.');
  await expect.poll(() => driver.evaluate(() => document.querySelector('[data-testid="report-saved"]') !== null, null)).toBe(true);

  await driver.evaluate(captureDownloads, null);
  await driver.click('[data-testid="report-export-csv"]');
  const files = await expect
    .poll(() => driver.evaluate(() => (window as unknown as { __rapiFiles: string[] }).__rapiFiles, null))
    .toHaveLength(1)
    .then(() => driver.evaluate(() => (window as unknown as { __rapiFiles: string[] }).__rapiFiles, null));
  const rows = Papa.parse<Record<string, string>>(files[0]!.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  expect(rows).toHaveLength(64);
  const shown = await driver.evaluate(
    () => [...document.querySelectorAll('[data-testid="report-row"]')].map((row) => row.textContent ?? ''),
    null,
  );
  for (const row of rows) expect(shown.some((text) => text.includes(row.title!.slice(0, 30)))).toBe(true);

  if (driver.name === 'chromium') {
    const pdf = await (driver as unknown as { page: import('playwright-core').Page }).page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
  }

  // Next month: the same shop, changed.
  driver.server.addHtml(SHOP.url, shopAfterChanges(fixtureHtml(SHOP.file)));
  await driver.goto(SHOP.url);
  await expectSees(panel, { kind: 'shop' });
  await expect.poll(() => panel.attribute('rapi-audit', 'data-phase'), POLL).toBe('idle');
  await panel.click('[data-testid="rapi-audit-run"]');
  await expect.poll(() => panel.attribute('rapi-audit-result', 'data-count'), POLL).toBe('63');
  expect(await panel.text('rapi-audit-compare')).toMatch(/Dibanding audit/);
  await driver.followNewTab(() => panel.click('[data-testid="rapi-audit-open-report"]'), '/report.html');
  await expect.poll(() => driver.evaluate(() => document.querySelector('[data-testid="report-comparison"]') !== null, null)).toBe(true);
  const comparison = await driver.evaluate(
    () => ({
      removed: Number((document.querySelector('[data-testid="report-removed"]') as HTMLElement | null)?.dataset.count),
      improved: Number((document.querySelector('[data-testid="report-improved"]') as HTMLElement | null)?.dataset.count),
    }),
    null,
  );
  expect(comparison.removed).toBe(1);
  expect(comparison.improved).toBeGreaterThan(0);

  // The options page lists the shop's two sessions.
  await driver.openOptionsPage();
  await expect
    .poll(() =>
      driver.evaluate(
        () => [...document.querySelectorAll('[data-testid="options-audit-shop"]')].map((shop) => shop.querySelectorAll('li').length),
        null,
      ),
    )
    .toEqual([2]);
});
