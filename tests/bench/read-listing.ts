/**
 * Reading a listing whose description is 1 MB, in Chromium on the Tokopedia
 * fixture: the adapter code is bundled with esbuild and run in the page, so the
 * figure is the browser's, not happy-dom's.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/drivers/chromium';
import { FIXTURE_PAGES } from '../fixtures/pages';

const ENTRY = fileURLToPath(new URL('./read-listing.page.ts', import.meta.url));

export async function benchReadListing(runs: number): Promise<{ name: string; times: number[] }[]> {
  const bundle = buildSync({ entryPoints: [ENTRY], bundle: true, write: false, format: 'iife', minify: true }).outputFiles[0]!.text;
  const page = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'listing-editor')!;
  const driver = await launchChromium();
  try {
    await driver.goto(page.url);
    await driver.page.addScriptTag({ content: bundle });
    const results: { name: string; times: number[] }[] = [];
    for (const size of [3_000, 1_000_000]) {
      const times = await driver.page.evaluate(
        ([bytes, count]) => (window as unknown as { __rapiReadBench: (b: number, c: number) => number[] }).__rapiReadBench(bytes, count),
        [size, runs] as const,
      );
      results.push({ name: `readListing, ${size >= 1e6 ? '1 MB' : `${size / 1000} KB`} description`, times });
    }
    return results;
  } finally {
    await driver.close();
  }
}
