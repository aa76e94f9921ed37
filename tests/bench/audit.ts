/**
 * Auditing the 100 product cards of the real saved Tokopedia "laptop" search page
 * (../shared/real-pages/, outside the project) in happy-dom: the page is parsed once, then
 * extractProductCards + auditCards, what the shop panel does when a mentor opens a page, is timed
 * over RUNS runs (budget < 50 ms), and auditCards alone beside it to show where the time goes.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { auditCards } from '../../utils/audit/index';
import { extractProductCards } from '../../utils/marketplaces/index';
import { offline, REAL_PAGES_DIR, REAL_PAGES_PRESENT, REAL_SEARCH_URL } from '../support/real-pages';
import { median } from './stats';

const FILE = 'tokopedia-search-laptop.html';
const RUNS = 30;
const CONTEXT = { marketplace: 'tokopedia', url: REAL_SEARCH_URL } as const;

/** Without scripts as well as what `offline` drops: happy-dom must fetch and run nothing from the live site. */
const withoutScripts = (html: string) => offline(html).replace(/<script\b[\s\S]*?<\/script>/gi, '');

function time(run: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times;
}

export async function benchAudit(): Promise<{ name: string; medianMs: number; runs: number }[]> {
  if (!REAL_PAGES_PRESENT) {
    return [{ name: `extract + audit, real Tokopedia laptop page: skipped, ${REAL_PAGES_DIR} is absent`, medianMs: Number.NaN, runs: 0 }];
  }
  const html = withoutScripts(readFileSync(REAL_PAGES_DIR + FILE, 'utf8'));
  const window = new Window({ url: REAL_SEARCH_URL });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const cards = extractProductCards(doc, REAL_SEARCH_URL);
    const both = time(() => auditCards(extractProductCards(doc, REAL_SEARCH_URL), { ...CONTEXT, at: new Date() }));
    const auditOnly = time(() => auditCards(cards, { ...CONTEXT, at: new Date() }));
    return [
      { name: `extractProductCards + auditCards, real Tokopedia laptop page (${cards.length} cards)`, medianMs: median(both), runs: RUNS },
      { name: `auditCards alone, same ${cards.length} cards`, medianMs: median(auditOnly), runs: RUNS },
    ];
  } finally {
    await window.happyDOM.close();
  }
}
