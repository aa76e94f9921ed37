/**
 * `npm run demo`: opens Chromium with the freshly built extension on the bundled
 * demo pages (the test fixtures, served at the marketplaces' real URLs). Rapi's side
 * panel opens from the toolbar button.
 * `npm run demo -- --headless --screenshot out/` writes one PNG per page instead: the page as a
 * 1366×768 laptop shows it with Rapi's side panel beside it (a headless browser draws no side
 * panel of its own, so the side panel page is shot at its usual width and set beside the page).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../e2e/drivers/chromium';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { DEMO_INDEX_URL, demoIndexHtml } from './index-page';

const { values } = parseArgs({
  options: { headless: { type: 'boolean', default: false }, screenshot: { type: 'string' } },
});

if (!values.headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error(
    'Tidak ada layar (DISPLAY kosong). Jalankan: npm run demo -- --headless --screenshot out/\n' +
      'No display (DISPLAY is empty). Run: npm run demo -- --headless --screenshot out/',
  );
  process.exit(1);
}

/** A 1366×768 laptop with Chrome's side panel open at its usual width. */
const SCREEN = { width: 1366, height: 768 };
const SIDE_PANEL_WIDTH = 380;
const PAGE_VIEWPORT = { width: SCREEN.width - SIDE_PANEL_WIDTH, height: SCREEN.height };

const driver = await launchChromium({ headless: values.headless, viewport: values.headless ? PAGE_VIEWPORT : null });
driver.server.addHtml(DEMO_INDEX_URL, demoIndexHtml());

/** The page and the side panel, side by side in one picture (composed in a blank page of the same browser). */
async function besideEachOther(pageShot: Buffer, panelShot: Buffer): Promise<Buffer> {
  const canvas = await driver.context.newPage();
  try {
    await canvas.setViewportSize(SCREEN);
    const img = (shot: Buffer, width: number) =>
      `<img alt="" width="${width}" height="${SCREEN.height}" src="data:image/png;base64,${shot.toString('base64')}">`;
    await canvas.setContent(
      `<body style="margin:0;display:flex;background:#dadce0">${img(pageShot, PAGE_VIEWPORT.width)}` +
        `<div style="width:1px;background:#9aa0a6"></div>${img(panelShot, SIDE_PANEL_WIDTH - 1)}</body>`,
    );
    await canvas.waitForFunction(() => [...document.images].every((image) => image.complete));
    return await canvas.screenshot();
  } finally {
    await canvas.close();
  }
}

if (values.screenshot) {
  const dir = resolve(values.screenshot);
  mkdirSync(dir, { recursive: true });
  for (const page of FIXTURE_PAGES) {
    await driver.goto(page.url);
    const panel = await driver.openSidePanel();
    try {
      const panelPage = panel.playwrightPage;
      if (!panelPage) throw new Error('The Chromium driver gives the side panel as a Playwright page');
      await panelPage.setViewportSize({ width: SIDE_PANEL_WIDTH - 1, height: SCREEN.height });
      // The side panel follows the marketplace tab; it is ready when it names what that tab is, or
      // says why Rapi has nothing to do there (a buyer's product page).
      for (let tries = 0; ; tries++) {
        if ((await panel.attribute('sidepanel-page', 'data-kind')) === page.kind) break;
        if ((await panel.attribute('sidepanel-not-here', 'data-reason')) !== null) break;
        if (tries > 150) throw new Error(`The side panel did not show ${page.url}`);
        await new Promise((done) => setTimeout(done, 100));
      }
      // Findings and markers come a moment after the page is read.
      await new Promise((done) => setTimeout(done, 500));
      const file = join(dir, `${page.marketplace}-${page.kind}.png`);
      writeFileSync(file, await besideEachOther(await driver.page.screenshot(), await panelPage.screenshot()));
      console.log(`✔ ${file}`);
    } finally {
      await panel.close();
    }
  }
}

if (values.headless) {
  await driver.close();
} else {
  await driver.goto(DEMO_INDEX_URL);
  console.log(
    'Demo Rapi terbuka di Chromium. Klik tombol Rapi di bilah alat untuk membuka panel samping; tutup jendelanya untuk selesai. / ' +
      "Click Rapi's toolbar button to open the side panel; close the window to finish.",
  );
  await new Promise<void>((done) => driver.context.on('close', () => done()));
}
