// @vitest-environment happy-dom
/**
 * The audit on real saved search pages (../shared/real-pages/, outside the project; skipped,
 * saying so, when absent): the scores must separate good titles from weak ones. Before the
 * evidence-based score (listing-score.ts) the average card on these pages scored 94–99 and
 * almost every card was an A.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProductCards } from '../marketplaces/index';
import { offline, REAL_PAGES_DIR, REAL_PAGES_PRESENT } from '../../tests/support/real-pages';
import type { MarketplaceId } from '../marketplaces/types';
import { auditCards } from './audit-cards';

const PAGES: { file: string; url: string; marketplace: MarketplaceId }[] = [
  {
    file: 'tokopedia-search-i5.html',
    url: 'https://www.tokopedia.com/search?st=product&q=processor%20intel%20core%20i5',
    marketplace: 'tokopedia',
  },
  { file: 'tokopedia-search-laptop.html', url: 'https://www.tokopedia.com/search?st=product&q=laptop', marketplace: 'tokopedia' },
  { file: 'tokopedia-search-rtx3070.html', url: 'https://www.tokopedia.com/search?st=product&q=rtx%203070', marketplace: 'tokopedia' },
  { file: 'blibli-search-pc-gaming.html', url: 'https://www.blibli.com/cari/pc%20gaming', marketplace: 'blibli' },
];

const standardDeviation = (values: readonly number[]) => {
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length);
};

describe.skipIf(!REAL_PAGES_PRESENT)(`audit scores on real saved pages (${REAL_PAGES_DIR}; skipped when absent)`, () => {
  it.each(PAGES)('$file: scores spread over several grades, weakest and best apart', ({ file, url, marketplace }) => {
    const html = offline(readFileSync(REAL_PAGES_DIR + file, 'utf8')).replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const audit = auditCards(extractProductCards(doc, url), { marketplace, url, at: new Date('2026-01-01T00:00:00Z') });
    const scores = audit.products.map((p) => p.score);
    const { grades, meanScore, best, worst } = audit.summary;
    const spread = standardDeviation(scores);
    console.info(
      `${file}: ${scores.length} products, mean ${meanScore}, sd ${spread.toFixed(1)}, min ${Math.min(...scores)}, max ${Math.max(...scores)}, grades ${JSON.stringify(grades)}`,
    );

    expect(scores.length).toBeGreaterThanOrEqual(20);
    expect(Object.values(grades).filter((count) => count > 0).length).toBeGreaterThanOrEqual(3);
    expect(spread).toBeGreaterThan(4);
    expect(meanScore!).toBeLessThan(90);
    expect(best.filter((key) => worst.includes(key))).toEqual([]);
    // The weakest really are weaker than the best.
    const scoreOf = (key: string) => audit.products.find((p) => p.key === key)!.score;
    expect(Math.max(...worst.map(scoreOf))).toBeLessThan(Math.min(...best.map(scoreOf)));
  });
});
