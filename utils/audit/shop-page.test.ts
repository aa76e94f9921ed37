// @vitest-environment happy-dom
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES } from '../../tests/fixtures/pages';
import { loadFixture } from '../../tests/unit/load-fixture';
import { extractProductCards } from '../marketplaces/index';
import { auditCards, auditToCsv, auditToJson, parseAuditJson, type AuditIssueId } from './index';

const page = FIXTURE_PAGES.find((p) => p.marketplace === 'tokopedia' && p.kind === 'shop')!;

describe('auditing the Tokopedia shop fixture', () => {
  const cards = extractProductCards(loadFixture(page.file), page.url);
  const audit = auditCards(cards, {
    marketplace: 'tokopedia',
    shopName: 'Batik Sari Pekalongan',
    url: page.url,
    at: new Date('2025-03-01T09:00:00Z'),
  });
  const affected = (issue: AuditIssueId) => audit.summary.topIssues.find((t) => t.issue === issue)?.products ?? 0;
  const titled = (pattern: RegExp) => audit.products.filter((p) => pattern.test(p.card.title));
  const isAllCaps = (title: string) => /[A-Z]/.test(title) && title === title.toUpperCase();

  it('scores every product on the page once', () => {
    expect(cards).toHaveLength(64);
    expect(audit.summary).toMatchObject({ count: 64, cardsOnPage: 64 });
    // A shop with planted flaws is no longer all A and B: the one-word titles fall to the bottom.
    expect(Object.values(audit.summary.grades).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    expect(titled(/^Batik$/)[0]!.grade).toBe('E');
  });

  it('puts the planted flaws among the top issues, counted per product', () => {
    const top = audit.summary.topIssues.slice(0, 5).map((t) => t.issue);
    expect(top).toEqual(expect.arrayContaining(['title-too-short', 'import-signal', 'title-promo-words', 'title-all-caps']));
    // Counted from the titles by other means than the rules, so the two check each other.
    expect(affected('title-all-caps')).toBe(audit.products.filter((p) => isAllCaps(p.card.title)).length);
    expect(affected('title-all-caps')).toBe(2);
    expect(affected('import-signal')).toBe(titled(/\bimport\b/i).length);
    expect(affected('import-signal')).toBe(5);
    expect(affected('title-punctuation-spam')).toBe(titled(/!!!/).length);
    const short = audit.products.filter((p) => p.findings.some((f) => f.ruleId === 'title-too-short')).map((p) => p.card.title);
    expect(short).toEqual(expect.arrayContaining(['Batik', 'Kain Batik', 'kemeja batik cowok murah']));
    const worst = audit.summary.worst.map((key) => audit.products.find((p) => p.key === key)!.card.title);
    expect(worst).toEqual(expect.arrayContaining(['Batik', 'Kain Batik', 'PROMO!!! TERMURAH Kemeja Batik Cap Pria Lengan Pendek']));
  });

  it('never counts an imported reseller item as local', () => {
    for (const product of titled(/\bimport\b/i)) {
      expect(product).toMatchObject({ importSignals: true, localTags: [], missingLocal: false });
    }
    expect(audit.products.filter((p) => p.importSignals).every((p) => p.localTags.length === 0)).toBe(true);
    const pekalongan = titled(/Batik Tulis Pekalongan/i).filter((p) => !p.importSignals);
    expect(pekalongan.length).toBeGreaterThan(0);
    for (const product of pekalongan) expect(product.localTags).toContain('Batik Pekalongan');
    expect(audit.summary.localTagShare).toBeCloseTo(audit.products.filter((p) => p.localTags.length > 0).length / 64, 3);
  });

  it('exports the real page to JSON and CSV and reads both back', () => {
    expect(parseAuditJson(auditToJson(audit))).toEqual({ ok: true, audit });
    const rows = Papa.parse<Record<string, string>>(auditToCsv(audit), { header: true, skipEmptyLines: true });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((row) => [row.key, row.title, Number(row.score)])).toEqual(
      audit.products.map((p) => [p.key, p.card.title, p.score]),
    );
  });
});
