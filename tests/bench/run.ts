/**
 * `npm run bench`: prints medians, never asserts times (tests assert behaviour;
 * speed is reported here). Each issue adds its figures as a section.
 */
import { fileURLToPath } from 'node:url';
import { FIXTURE_PAGES } from '../fixtures/pages';
import { bundleSizes, contentScriptSizes } from './bundle-size';
import { navigationToMarkers, pageAlone } from './markers-latency';
import { benchReadListing } from './read-listing';
import { benchTypingToSidePanel } from './sidepanel-latency';
import { kb, median, ms, percentile } from './stats';
import { benchQuality } from './quality';
import { benchTags } from './tags';
import { benchCards } from './cards';
import { benchSnippets } from './snippets';
import { benchPaletteOpen } from './palette-open';
import { benchAudit } from './audit';
import { benchReport } from './report';
import { benchContactDetails } from './contact-details';
import { benchExport } from './export';

const OUTPUT_DIR = fileURLToPath(new URL('../../.output/', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

console.log('## Bundle sizes\n');
console.log('| build | file | raw | gzip |\n|---|---|---:|---:|');
for (const row of bundleSizes(OUTPUT_DIR, ['chrome-mv3', 'firefox-mv2'])) {
  console.log(`| ${row.build} | ${row.file} | ${kb(row.raw)} | ${kb(row.gzip)} |`);
}

// Issue 15: every content-script file at most 50 KB gzipped.
console.log('\n## Content scripts (budget: 50 KB gzipped each)\n');
console.log('| build | file | raw | gzip | within budget |\n|---|---|---:|---:|---|');
for (const row of contentScriptSizes(OUTPUT_DIR, ['chrome-mv3', 'firefox-mv2'])) {
  console.log(`| ${row.build} | ${row.file} | ${kb(row.raw)} | ${kb(row.gzip)} | ${row.overBudget ? '**no: over 50 KB**' : 'yes'} |`);
}

console.log(`\n## Navigation start → field markers drawn (headless Chromium, median of ${RUNS} runs; budget 100 ms)\n`);
// "after DOM ready": from the page's own DOMContentLoaded (when the content script starts) to drawn;
// "after form in place": from when the page's app has put its fields in, Rapi's own part.
console.log('| page | median | p90 | min | after DOM ready | after form in place |\n|---|---:|---:|---:|---:|---:|');
const editors = FIXTURE_PAGES.filter((p) => p.kind === 'listing-editor' && (p.marketplace === 'tokopedia' || p.marketplace === 'shopee'));
const all: number[] = [];
const allAfter: number[] = [];
const allAfterForm: number[] = [];
for (const [page, { total, afterDomReady, afterFormReady }] of await navigationToMarkers(editors, RUNS)) {
  all.push(...total);
  allAfter.push(...afterDomReady);
  allAfterForm.push(...afterFormReady);
  console.log(
    `| ${page.marketplace} ${page.kind} | ${ms(median(total))} | ${ms(percentile(total, 90))} | ${ms(Math.min(...total))} | ${ms(median(afterDomReady))} | ${ms(median(afterFormReady))} |`,
  );
}
console.log(
  `| all pages | ${ms(median(all))} | ${ms(percentile(all, 90))} | ${ms(Math.min(...all))} | ${ms(median(allAfter))} | ${ms(median(allAfterForm))} |`,
);
// The floor: the same pages with a do-nothing extension instead of Rapi.
console.log(
  "\nThe same pages without Rapi (a do-nothing extension in its place): the page's own time, before any extension can mark a field.\n",
);
console.log('| page | navigation → DOM ready | navigation → form in place |\n|---|---:|---:|');
for (const [page, { domReady, formReady }] of await pageAlone(editors, RUNS)) {
  console.log(`| ${page.marketplace} ${page.kind} | ${ms(median(domReady))} | ${ms(median(formReady))} |`);
}

console.log(`\n## Reading the listing in Chromium (median of ${RUNS} runs)\n`);
console.log('| case | median | p90 |\n|---|---:|---:|');
for (const { name, times } of await benchReadListing(RUNS)) {
  console.log(`| ${name} | ${ms(median(times))} | ${ms(percentile(times, 90))} |`);
}
// Issue 15 (budget 50 ms): through the page agent, the background's checks and the side panel's port.
const sideTyping = await benchTypingToSidePanel(RUNS);
console.log(
  `| keystroke in the page → side panel shows it (Tokopedia title) | ${ms(median(sideTyping))} | ${ms(percentile(sideTyping, 90))} |`,
);

/** The pure cores' own figures: each section names its budget in the issue that set it. */
const SECTIONS: [string, () => Promise<{ name: string; medianMs: number; runs: number }[]>][] = [
  ['Listing quality (checkListing; budgets: 3,000-character listing < 1 ms, adversarial 100 KB < 50 ms)', () => benchQuality()],
  ['Local-product tags (suggestTags < 2 ms, knowledge load < 30 ms, content-script gzip < 120 KB)', benchTags],
  ['Product cards (extract 100 cards from a real page)', benchCards],
  ['Snippets (palette search over 5,000 < 5 ms, import of 10,000 < 2 s)', benchSnippets],
  ['Palette open → first results, 5,000 snippets (budget < 16 ms; the index is kept built in the background)', () => benchPaletteOpen()],
  ['Mentor audit (extract and audit 100 cards from a real page < 50 ms)', benchAudit],
  ['Snippet contact detector (100 KB of hostile text; linear, was 8.9 s)', () => benchContactDetails()],
  ['Export readiness and English draft (checkExportReadiness < 1 ms, glossary draft < 5 ms, 3,000-character listing)', () => benchExport()],
];
for (const [title, bench] of SECTIONS) {
  console.log(`\n## ${title}\n`);
  console.log('| case | median | runs |\n|---|---:|---:|');
  for (const row of await bench()) {
    const value = /KB$/.test(row.name) ? `${row.medianMs.toFixed(1)} KB` : ms(row.medianMs);
    console.log(`| ${row.name} | ${value} | ${row.runs} |`);
  }
}

console.log(`\n## Audit report with 10,000 products in Chromium (budgets: render < 500 ms, sort < 200 ms; ${RUNS} page loads)\n`);
const report = await benchReport(RUNS);
console.log('| case | median | p90 | samples |\n|---|---:|---:|---:|');
console.log(
  `| navigation start → first page of table rows rendered | ${ms(median(report.render))} | ${ms(percentile(report.render, 90))} | ${report.render.length} |`,
);
console.log(
  `| sort click → re-sorted rows laid out (title, price, issues, score, grade) | ${ms(median(report.sort))} | ${ms(percentile(report.sort, 90))} | ${report.sort.length} |`,
);
console.log(
  `| first title sort right after load (10,000 titles ranked once, in idle time or on this click) | ${ms(median(report.firstTitleSort))} | ${ms(percentile(report.firstTitleSort, 90))} | ${report.firstTitleSort.length} |`,
);
