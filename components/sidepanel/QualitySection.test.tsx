// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scoreCard } from '../../utils/audit/score-card';
import type { Listing } from '../../utils/listing/listing';
import { checkListing } from '../../utils/quality';
import { buttonNames, repeatedButtonNames } from '../../tests/unit/button-names';
import { QualitySection } from './QualitySection';
import { groupFindings } from '../../utils/panel/panel-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
const actions = { applyFix: vi.fn(), showFinding: vi.fn(), disableRule: vi.fn(), enableAllRules: vi.fn() };

function render(listing: Listing, language: 'id' | 'en' = 'id') {
  const report = checkListing(listing);
  act(() =>
    root.render(
      <QualitySection
        language={language}
        marketplace={listing.marketplace}
        state={{ report, disabledCount: 0 }}
        listing={listing}
        actions={actions}
      />,
    ),
  );
  return report;
}
const all = (selector: string) => [...container.querySelectorAll<HTMLElement>(selector)];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const PROMO: Listing = {
  marketplace: 'tokopedia',
  title: 'PROMO Kemeja Batik Murah Diskon Termurah Cuci Gudang Pria',
  priceIdr: 99_000,
  found: ['title', 'priceIdr'],
};

describe('QualitySection', () => {
  it('shows the score the audit report gives the same listing, not the engine’s own', () => {
    for (const listing of [
      PROMO,
      { marketplace: 'tokopedia', title: 'Kopi', priceIdr: 45_000, found: ['title', 'priceIdr'] } satisfies Listing,
    ]) {
      render(listing);
      const card = scoreCard({ title: listing.title, priceIdr: listing.priceIdr }, 'tokopedia');
      expect(Number(all('[data-testid="rapi-score"]')[0]!.dataset.score)).toBe(card.score);
      expect(container.textContent).toContain(`nilai ${card.grade}`);
    }
    // A one-word title is no A in the panel either (the engine's own score gave it 90, an A).
    render({ marketplace: 'tokopedia', title: 'Kopi', priceIdr: 45_000, found: ['title', 'priceIdr'] });
    expect(container.textContent).not.toContain('nilai A');
  });

  it('says one plain sentence per rule, naming the words once, however many times the rule fired', () => {
    const report = render(PROMO);
    const promo = report.findings.filter((f) => f.ruleId === 'title-promo-words');
    expect(promo.length).toBeGreaterThan(1);
    const items = all('[data-testid="rapi-finding-title-promo-words"]');
    expect(items).toHaveLength(1);
    expect(items[0]!.dataset.count).toBe(String(promo.length));
    expect(items[0]!.querySelector('.rapi-finding__text')!.textContent).toBe(
      'Ada kata promosi di judul: hapus kata itu dan pakai fitur diskon atau voucher.',
    );
    expect(container.querySelector('[data-testid="rapi-found-title-promo-words"]')!.textContent).toMatch(
      /^Ditemukan di \d+ tempat: “PROMO”, /,
    );
    // One item per rule: no rule listed twice.
    const rules = all('.rapi-finding').map((item) => item.dataset.testid);
    expect(new Set(rules).size).toBe(rules.length);
  });

  it('never shows an internal rule id or template syntax to the seller, in either language', () => {
    for (const language of ['id', 'en'] as const) {
      const report = render(
        {
          ...PROMO,
          title: 'KAOS POLOS!!! WA 0812-3456-7890 PROMO Termurah',
          description: 'Hubungi 0812 3456 7890 atau cek shopee kami',
          found: ['title', 'priceIdr', 'description'],
        },
        language,
      );
      const text = container.textContent!;
      for (const finding of report.findings) expect(text).not.toContain(finding.ruleId);
      expect(text).not.toMatch(/\$[A-Z0-9]|\{\{|rule_|advice_|report_issue_/);
    }
  });
});

describe('groupFindings', () => {
  it('keeps the engine’s order and collects distinct span texts, at most three', () => {
    const report = checkListing(PROMO);
    const groups = groupFindings(report.findings, PROMO);
    expect(groups.map((g) => g.ruleId)).toEqual([...new Set(report.findings.map((f) => f.ruleId))]);
    const promo = groups.find((g) => g.ruleId === 'title-promo-words')!;
    expect(promo.examples.length).toBeLessThanOrEqual(3);
    expect(promo.examples[0]).toBe('PROMO');
  });
});

describe('QualitySection button names', () => {
  it('names every fix and "don\'t check" button after its rule, so no two are alike', () => {
    render({
      marketplace: 'shopee',
      title: 'PROMO!!! KEMEJA BATIK MURAH WA 081234567890',
      description: 'Kemeja batik. Beli juga di Tokopedia ya kak.',
      priceIdr: 99_000,
      found: ['title', 'description', 'priceIdr'],
    });
    const disable = all('[data-testid^="rapi-disable-"]');
    expect(disable.length).toBeGreaterThan(2);
    expect(all('[data-testid^="rapi-fix-"]').length).toBeGreaterThan(1);
    expect(repeatedButtonNames(container)).toEqual([]);
    // The visible words come first (what a voice-control user says), then the rule.
    expect(buttonNames(container)).toContain('Jangan periksa ini di Shopee: Kata promosi di judul');
  });
});
