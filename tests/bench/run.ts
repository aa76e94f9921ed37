/**
 * `npm run bench`: prints medians, never asserts times (tests assert behaviour;
 * speed is reported here). Each issue adds its figures as a section.
 */
import { fileURLToPath } from 'node:url';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { bundleSizes } from './bundle-size';
import { navigationToPanel } from './panel-mount';
import { benchReadListing } from './read-listing';
import { benchTypingToPanel } from './panel-latency';
import { kb, median, ms, percentile } from './stats';

const OUTPUT_DIR = fileURLToPath(new URL('../../.output/', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

console.log('## Bundle sizes\n');
console.log('| build | file | raw | gzip |\n|---|---|---:|---:|');
for (const row of bundleSizes(OUTPUT_DIR, ['chrome-mv3', 'firefox-mv2'])) {
  console.log(`| ${row.build} | ${row.file} | ${kb(row.raw)} | ${kb(row.gzip)} |`);
}

console.log(`\n## Navigation start → panel mounted (headless Chromium, median of ${RUNS} runs)\n`);
console.log('| page | median | p90 | min |\n|---|---:|---:|---:|');
const pages = ['listing-editor', 'shop'].flatMap((kind) =>
  FIXTURE_PAGES.filter((p) => p.kind === kind && (p.marketplace === 'tokopedia' || p.marketplace === 'shopee')),
);
const all: number[] = [];
for (const [page, times] of await navigationToPanel(pages, RUNS)) {
  all.push(...times);
  console.log(`| ${page.marketplace} ${page.kind} | ${ms(median(times))} | ${ms(percentile(times, 90))} | ${ms(Math.min(...times))} |`);
}
console.log(`| all pages | ${ms(median(all))} | ${ms(percentile(all, 90))} | ${ms(Math.min(...all))} |`);

console.log(`\n## Reading the listing in Chromium (median of ${RUNS} runs)\n`);
console.log('| case | median | p90 |\n|---|---:|---:|');
for (const { name, times } of await benchReadListing(RUNS)) {
  console.log(`| ${name} | ${ms(median(times))} | ${ms(percentile(times, 90))} |`);
}
const typing = await benchTypingToPanel(RUNS);
console.log(`| keystroke in the page → panel shows it (Tokopedia title) | ${ms(median(typing))} | ${ms(percentile(typing, 90))} |`);
