/**
 * Opens the report page on an audit stored straight into Rapi's IndexedDB from the report page
 * itself (Chromium: tests may open extension pages directly). Shared by the specs that need a
 * saved audit without running one on a shop page.
 */
import type { Audit } from '../../../utils/audit';
import { shopKeyOf } from '../../../utils/db/audits';
import type { ExtensionDriver } from '../drivers/driver';
import { expect } from '../test';

export async function openReportWithAudit(driver: ExtensionDriver, audit: Audit): Promise<void> {
  const row = { shopKey: shopKeyOf(audit), marketplace: audit.marketplace, at: audit.at, audit };
  const report = await driver.extensionUrl('/report.html');
  await driver.goto(report);
  // The page has opened (and so created) the database before the audit is added.
  await expect
    .poll(() => driver.evaluate(() => document.querySelector('[data-testid="report-history"]')?.getAttribute('data-state'), null))
    .toBe('ready');
  const id = await driver.evaluate(
    (seed) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('rapi');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('audits', 'readwrite');
          const request = tx.objectStore('audits').add(seed);
          tx.oncomplete = () => {
            open.result.close();
            resolve(request.result as number);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    row,
  );
  await driver.goto('about:blank');
  await driver.goto(`${report}#id=${id}`);
}
