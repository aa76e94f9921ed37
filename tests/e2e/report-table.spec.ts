/**
 * The report's product table in Chromium: a page of rows on screen, every row on paper.
 * Chromium's print-to-PDF fires `beforeprint` like the Print button and Ctrl+P do; the table
 * must hold all its rows by the time the page is laid out for print. (Firefox: Playwright cannot
 * print there, and a test cannot open a moz-extension:// page directly; the same listener is
 * unit-tested in components/report/ProductTable.test.tsx.)
 */
import { auditCards } from '../../utils/audit/index';
import { reportBenchCards } from '../bench/report';
import { openReportWithAudit } from './harness/report-seed';
import { expect, test } from './test';

const PRODUCTS = 250;

test('the report table shows 100 rows a page on screen and prints all of them', async ({ freshDriver: driver }, testInfo) => {
  test.skip(testInfo.project.name !== 'chromium', 'printing to PDF is Chromium-only in Playwright');
  const audit = auditCards(reportBenchCards(PRODUCTS), {
    marketplace: 'tokopedia',
    url: 'https://www.tokopedia.com/bench-batik-nusantara',
    at: new Date('2025-06-01T03:00:00Z'),
  });
  await openReportWithAudit(driver, audit);
  const rows = () => driver.evaluate(() => document.querySelectorAll('[data-testid="report-row"]').length, null);
  await expect.poll(rows).toBe(100);
  expect(await driver.evaluate(() => document.querySelector('[data-testid="report-page-status"]')?.textContent, null)).toBe(
    'Produk 1–100 dari 250 (halaman 1 dari 3)',
  );
  await driver.click('[data-testid="report-page-next"]');
  await expect
    .poll(() => driver.evaluate(() => document.querySelector('[data-testid="report-page-status"]')?.getAttribute('data-page'), null))
    .toBe('2');

  // Counted by a listener added after the page's own, so it sees the table as it will be printed.
  await driver.evaluate(() => {
    addEventListener('beforeprint', () => {
      (window as unknown as { rowsAtPrint: number }).rowsAtPrint = document.querySelectorAll('[data-testid="report-row"]').length;
    });
  }, null);
  const pdf = await (driver as unknown as { page: import('playwright-core').Page }).page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(await driver.evaluate(() => (window as unknown as { rowsAtPrint?: number }).rowsAtPrint, null)).toBe(PRODUCTS);
  // Back on screen: one page again, where the mentor was.
  await expect.poll(rows).toBe(100);
  expect(await driver.evaluate(() => document.querySelector('[data-testid="report-page-status"]')?.getAttribute('data-page'), null)).toBe(
    '2',
  );
});
