/**
 * The options page ("Pengaturan Rapi") in Chromium and Firefox, on the built
 * extension: snippets through the form, broken templates refused, markup shown as
 * text, delete and undo, the starter pack, and a JSON backup that imports back
 * without changing anything. Each test starts from an empty profile, on the
 * options page Rapi opens when it is installed.
 */
import type { ExtensionDriver } from './drivers/driver';
import { expect, test } from './test';

const POLL = { timeout: 10_000 };
const sel = (testId: string) => `[data-testid="${testId}"]`;

async function openOptions(driver: ExtensionDriver): Promise<void> {
  await driver.openOptionsPage();
  await pageReady(driver);
}

async function pageReady(driver: ExtensionDriver): Promise<void> {
  await expect.poll(() => driver.evaluate((s) => document.querySelector(s) !== null, sel('options-page')), POLL).toBe(true);
}

/** Text of every element with this test id, in page order. */
function texts(driver: ExtensionDriver, testId: string): Promise<string[]> {
  return driver.evaluate((s) => [...document.querySelectorAll(s)].map((el) => el.textContent ?? ''), sel(testId));
}

function value(driver: ExtensionDriver, testId: string): Promise<string | null> {
  return driver.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.value ?? null, sel(testId));
}

function dataset(driver: ExtensionDriver, testId: string): Promise<Record<string, string | undefined> | null> {
  return driver.evaluate((s) => {
    const el = document.querySelector<HTMLElement>(s);
    return el ? { ...el.dataset } : null;
  }, sel(testId));
}

const rowSelector = async (driver: ExtensionDriver, title: string) => {
  const id = await driver.evaluate(
    ([rowSel, wanted]) =>
      [...document.querySelectorAll<HTMLElement>(rowSel)].find(
        (row) => row.querySelector('[data-testid="snippet-row-title"]')?.textContent === wanted,
      )?.dataset.id,
    [sel('snippet-row'), title] as [string, string],
  );
  expect(id, `a row titled ${title}`).toBeTruthy();
  return `${sel('snippet-row')}[data-id="${id}"]`;
};

/**
 * Keeps each download in the page instead of the browser's download folder: the
 * page still builds the file and clicks its link; only saving it is left out.
 */
async function captureDownloads(driver: ExtensionDriver): Promise<void> {
  await driver.evaluate(() => {
    const w = window as unknown as { rapiDownloads: Blob[] };
    w.rapiDownloads = [];
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) w.rapiDownloads.push(blob);
      return create(blob);
    };
    document.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof HTMLAnchorElement && event.target.download) event.preventDefault();
      },
      true,
    );
  }, null);
}

async function download(driver: ExtensionDriver, button: string): Promise<string> {
  const before = await driver.evaluate(() => (window as unknown as { rapiDownloads: Blob[] }).rapiDownloads.length, null);
  await driver.click(sel(button));
  await expect
    .poll(() => driver.evaluate(() => (window as unknown as { rapiDownloads: Blob[] }).rapiDownloads.length, null), POLL)
    .toBe(before + 1);
  return driver.evaluate((index) => (window as unknown as { rapiDownloads: Blob[] }).rapiDownloads[index]!.text(), before);
}

/** Puts a file in the import input as the file picker would. */
async function chooseFile(driver: ExtensionDriver, name: string, text: string): Promise<void> {
  // The import section renders once the storage check has answered: wait for its input (it raced on a busy CI).
  await expect.poll(() => driver.evaluate((s) => document.querySelector(s) !== null, sel('import-file')), POLL).toBe(true);
  await driver.evaluate(
    ([s, fileName, content]) => {
      const input = document.querySelector<HTMLInputElement>(s)!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    [sel('import-file'), name, text] as [string, string, string],
  );
}

test('creates a snippet, refuses a broken template, shows markup as text, deletes with undo', async ({ freshDriver: driver }) => {
  await openOptions(driver);
  expect(await texts(driver, 'snippet-row-title')).toEqual([]);

  await driver.click(sel('options-new'));
  await driver.fill(sel('snippet-title'), 'Garansi toko');
  await driver.fill(sel('snippet-shortcut'), ';garansi');
  await driver.fill(sel('snippet-body'), 'Garansi 7 hari dari {{nama_toko}}.');
  await expect.poll(() => texts(driver, 'snippet-preview'), POLL).toEqual(['Garansi 7 hari dari ‹nama_toko›.']);
  await driver.click(sel('snippet-save'));
  await expect.poll(() => texts(driver, 'snippet-row-title'), POLL).toEqual(['Garansi toko']);

  // A broken template: the error names line and column, and saving stores nothing.
  await driver.click(sel('options-new'));
  await driver.fill(sel('snippet-title'), 'Pengiriman');
  await driver.fill(sel('snippet-body'), 'Dikirim dari\n{{kota');
  await expect.poll(async () => (await texts(driver, 'template-error')).join(''), POLL).toContain('baris 2, kolom 1');
  await driver.click(sel('snippet-save'));
  await expect.poll(async () => (await texts(driver, 'snippet-error')).length, POLL).toBe(1);
  expect(await texts(driver, 'snippet-row-title')).toEqual(['Garansi toko']);

  // Markup in a snippet is text: no element is made from it, anywhere on the page.
  const markup = '<img src=x onerror=alert(1)>';
  await driver.fill(sel('snippet-title'), '<b>Tebal</b>');
  await driver.fill(sel('snippet-body'), markup);
  await driver.click(sel('snippet-save'));
  await expect.poll(async () => (await texts(driver, 'snippet-row-title')).sort(), POLL).toEqual(['<b>Tebal</b>', 'Garansi toko']);
  expect(await texts(driver, 'snippet-preview')).toEqual([markup]);
  expect(await texts(driver, 'snippet-row-body')).toContain(markup);
  expect(await driver.evaluate(() => document.querySelectorAll('img, b').length, null)).toBe(0);

  // Delete, then "Urungkan" puts it back.
  const garansi = await rowSelector(driver, 'Garansi toko');
  await driver.click(`${garansi} ${sel('snippet-delete')}`);
  await expect.poll(() => texts(driver, 'snippet-row-title'), POLL).toEqual(['<b>Tebal</b>']);
  expect((await texts(driver, 'toast')).join('')).toContain('Garansi toko');
  await driver.click(sel('undo'));
  await expect.poll(async () => (await texts(driver, 'snippet-row-title')).sort(), POLL).toEqual(['<b>Tebal</b>', 'Garansi toko']);

  // The context menu opens options.html#edit=<id>: that snippet is in the editor, also after a reload.
  const id = await driver.evaluate((s) => document.querySelector<HTMLElement>(s)?.dataset.id ?? '', garansi);
  await driver.click(sel('snippet-close'));
  await expect.poll(() => value(driver, 'snippet-title'), POLL).toBeNull();
  await driver.evaluate((hash) => {
    location.hash = hash;
  }, `#edit=${id}`);
  await expect.poll(() => value(driver, 'snippet-title'), POLL).toBe('Garansi toko');
  await driver.click(sel('snippet-close'));
  await expect.poll(() => value(driver, 'snippet-title'), POLL).toBeNull();
  // Reloaded from inside: drivers do not all see an extension page's load event.
  await driver.evaluate((hash) => {
    history.replaceState(null, '', hash);
    setTimeout(() => location.reload(), 0);
  }, `#edit=${id}`);
  await expect.poll(() => value(driver, 'snippet-title').catch(() => null), POLL).toBe('Garansi toko');
  expect(await value(driver, 'snippet-shortcut')).toBe(';garansi');
});

test('installs the starter pack; a JSON backup imported back with "skip" changes nothing', async ({ freshDriver: driver }) => {
  await openOptions(driver);
  await driver.click(sel('starter-install'));
  await expect.poll(() => dataset(driver, 'starter-result'), POLL).toMatchObject({ added: '8', replaced: '0', skipped: '0' });
  await expect.poll(async () => (await texts(driver, 'snippet-row')).length, POLL).toBe(8);
  expect(await texts(driver, 'snippet-row-title')).toContain('Garansi dan retur');

  await captureDownloads(driver);
  const backup = await download(driver, 'export-json');
  const file = JSON.parse(backup) as { format: string; snippets: { title: string }[] };
  expect(file.format).toBe('rapi-snippets');
  expect(file.snippets).toHaveLength(8);

  await chooseFile(driver, 'rapi-cadangan.json', backup);
  await expect.poll(async () => (await texts(driver, 'import-ready')).join(''), POLL).toContain('8');
  await driver.click(sel('conflict-skip'));
  await driver.click(sel('import-confirm'));
  await expect.poll(() => dataset(driver, 'import-summary'), POLL).toMatchObject({ added: '0', replaced: '0', skipped: '8' });

  const again = JSON.parse(await download(driver, 'export-json')) as { snippets: unknown[] };
  expect(again.snippets).toEqual(JSON.parse(backup).snippets);
  expect(await texts(driver, 'snippet-row')).toHaveLength(8);
});

test('reports a broken file by row and field, and imports nothing', async ({ freshDriver: driver }) => {
  await openOptions(driver);
  const broken = JSON.stringify({
    format: 'rapi-snippets',
    version: 1,
    exportedAt: '2026-11-24T08:00:00.000Z',
    snippets: [
      { title: 'Baik', body: 'Isi yang baik' },
      { title: 'Rusak', body: 'Dari {{kota' },
    ],
  });
  await chooseFile(driver, 'rusak.json', broken);
  await expect.poll(() => dataset(driver, 'import-error'), POLL).toMatchObject({ row: '2', field: 'body' });
  expect((await texts(driver, 'import-error')).join('')).toContain('isi teks salah');
  expect(await texts(driver, 'snippet-row')).toEqual([]);
});
