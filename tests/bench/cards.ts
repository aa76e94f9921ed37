/**
 * Reading the 100 product cards of the real saved Tokopedia "laptop" search page
 * (../shared/real-pages/, outside the project) in happy-dom: the page is parsed once, then
 * extractProductCards is timed over RUNS runs, with the page's hooks and, after an imagined
 * redesign that strips every class and data-* attribute, with the structural fallback alone.
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { extractProductCards } from '../../utils/marketplaces/index';
import { offline, REAL_PAGES_DIR, REAL_PAGES_PRESENT, REAL_SEARCH_URL } from '../support/real-pages';
import { stripHooks } from '../../utils/marketplaces/cards/redesign';
import { median } from './stats';

const FILE = 'tokopedia-search-laptop.html';
const RUNS = 30;

export async function benchCards(): Promise<{ name: string; medianMs: number; runs: number }[]> {
  if (!REAL_PAGES_PRESENT) {
    return [
      { name: `extractProductCards, real Tokopedia laptop page: skipped, ${REAL_PAGES_DIR} is absent`, medianMs: Number.NaN, runs: 0 },
    ];
  }
  const html = offline(readFileSync(REAL_PAGES_DIR + FILE, 'utf8'));
  const window = new Window({ url: REAL_SEARCH_URL });
  try {
    const variants: [string, (doc: Document) => void][] = [
      ['hooks', () => {}],
      ['structural fallback, no classes or data-*', stripHooks],
    ];
    return variants.map(([variant, prepare]) => {
      const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      prepare(doc);
      const times: number[] = [];
      let cards = 0;
      for (let run = 0; run < RUNS; run++) {
        const start = performance.now();
        cards = extractProductCards(doc, REAL_SEARCH_URL).length;
        times.push(performance.now() - start);
      }
      return { name: `extractProductCards, real Tokopedia laptop page (${cards} cards), ${variant}`, medianMs: median(times), runs: RUNS };
    });
  } finally {
    await window.happyDOM.close();
  }
}
