/**
 * `npm run demo`: opens Chromium with the freshly built extension on the bundled
 * demo pages (the test fixtures, served at the marketplaces' real URLs).
 * `npm run demo -- --headless --screenshot out/` writes one PNG per page instead.
 */
import { mkdirSync } from 'node:fs';
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

const driver = await launchChromium({ headless: values.headless, viewport: values.headless ? undefined : null });
driver.server.addHtml(DEMO_INDEX_URL, demoIndexHtml());

if (values.screenshot) {
  const dir = resolve(values.screenshot);
  mkdirSync(dir, { recursive: true });
  for (const page of FIXTURE_PAGES) {
    await driver.goto(page.url);
    // The panel's shadow root is closed: the driver reads it through the automation protocol.
    for (let tries = 0; ; tries++) {
      const panel = await driver.panel();
      if (panel.marketplace === page.marketplace && panel.kind === page.kind) break;
      if (tries > 100) throw new Error(`No panel on ${page.url}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const file = join(dir, `${page.marketplace}-${page.kind}.png`);
    await driver.screenshot(file);
    console.log(`✔ ${file}`);
  }
}

if (values.headless) {
  await driver.close();
} else {
  await driver.goto(DEMO_INDEX_URL);
  console.log('Demo Rapi terbuka di Chromium. Tutup jendelanya untuk selesai. / Close the window to finish.');
  await new Promise<void>((done) => driver.context.on('close', () => done()));
}
