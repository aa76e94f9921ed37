import { describe, expect, it } from 'vitest';
import { result } from '../../tests/support/test-audits';
import { buildRows, DEFAULT_SORT, filterRows, nextSort, normaliseSearch, prepareSort, sortRows } from './table-model';

const products = [
  result('a', 80, {
    card: { title: 'Kemeja Batik Tulis Pekalongan', priceIdr: 250_000, isAd: false },
    localTags: ['Batik Pekalongan', 'Batik Tulis'],
  }),
  result('b', 40, { card: { title: 'KAIN BATIK', isAd: true }, rules: ['title-too-short', 'title-all-caps'] }),
  result('c', 40, { card: { title: 'Café Batik Cap', priceIdr: 90_000 }, importSignals: true }),
  result('d', 95, { card: { title: 'batik 10 meter', priceIdr: 1_000 } }),
  result('e', 60, { card: { title: 'Batik 9 meter', priceIdr: 90_000 }, rules: ['title-too-short'] }),
];
const rows = buildRows(products);
const keys = (list: readonly { product: { key: string } }[]) => list.map((r) => r.product.key);

describe('product table rows', () => {
  it('lists each product’s issues, audit-level ones included', () => {
    expect(rows[1]!.issues).toEqual(['title-too-short', 'title-all-caps']);
    expect(rows[2]!.issues).toEqual(['import-signal']);
  });

  it('sorts worst first by default, page order breaking ties', () => {
    expect(keys(sortRows(rows, DEFAULT_SORT))).toEqual(['b', 'c', 'e', 'a', 'd']);
    expect(keys(sortRows(rows, { key: 'score', direction: 'desc' }))).toEqual(['d', 'a', 'e', 'b', 'c']);
  });

  it('sorts titles as Indonesian readers expect, numbers by value', () => {
    expect(keys(sortRows(rows, { key: 'title', direction: 'asc' }))).toEqual(['e', 'd', 'c', 'b', 'a']);
  });

  it('puts products without a price last in both directions', () => {
    expect(keys(sortRows(rows, { key: 'price', direction: 'asc' }))).toEqual(['d', 'c', 'e', 'a', 'b']);
    expect(keys(sortRows(rows, { key: 'price', direction: 'desc' }))).toEqual(['a', 'c', 'e', 'd', 'b']);
  });

  it('sorts by issues, local tags and ads', () => {
    expect(keys(sortRows(rows, { key: 'issues', direction: 'desc' }))[0]).toBe('b');
    expect(keys(sortRows(rows, { key: 'local', direction: 'desc' }))[0]).toBe('a');
    expect(keys(sortRows(rows, { key: 'ad', direction: 'desc' }))[0]).toBe('b');
    expect(keys(sortRows(rows, { key: 'grade', direction: 'desc' }))[0]).toBe('b');
  });

  it('computes each row’s sort key once, not on every comparison, and keeps it for the next click', () => {
    let reads = 0;
    const many = buildRows(
      Array.from({ length: 2_000 }, (_, i) => {
        const product = result(`p${i}`, i % 97, { card: { title: `Batik ${(i * 7919) % 2_000}`, priceIdr: i } });
        const { title } = product.card;
        Object.defineProperty(product.card, 'title', { get: () => (reads++, title) });
        return product;
      }),
    );
    reads = 0;
    const sorted = sortRows(many, { key: 'title', direction: 'asc' });
    // A sort of 2,000 rows makes ~20,000 comparisons; the title is read once per row.
    expect(reads).toBe(many.length);
    sortRows(many, { key: 'title', direction: 'desc' });
    prepareSort(many, 'title');
    expect(reads).toBe(many.length);
    expect(sorted.slice(0, 3).map((row) => row.title)).toEqual(['Batik 0', 'Batik 1', 'Batik 2']);
  });

  it('keeps titles the collator calls equal in score, then page order', () => {
    const same = buildRows([
      result('x', 70, { card: { title: 'batik' } }),
      result('y', 30, { card: { title: 'BATIK' } }),
      result('z', 70, { card: { title: 'Bâtik' } }),
    ]);
    expect(keys(sortRows(same, { key: 'title', direction: 'asc' }))).toEqual(['y', 'x', 'z']);
    expect(keys(sortRows(same, { key: 'title', direction: 'desc' }))).toEqual(['y', 'x', 'z']);
  });

  it('does not reorder the rows it was given', () => {
    sortRows(rows, { key: 'title', direction: 'desc' });
    expect(keys(rows)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('chooses a column’s first direction, then flips it', () => {
    expect(nextSort(DEFAULT_SORT, 'issues')).toEqual({ key: 'issues', direction: 'desc' });
    expect(nextSort(DEFAULT_SORT, 'score')).toEqual({ key: 'score', direction: 'desc' });
    expect(nextSort({ key: 'title', direction: 'desc' }, 'title')).toEqual({ key: 'title', direction: 'asc' });
  });

  it('filters by issue and by every word of the text, ignoring case and accents', () => {
    expect(keys(filterRows(rows, { issue: 'title-too-short', text: '' }))).toEqual(['b', 'e']);
    expect(keys(filterRows(rows, { issue: null, text: '  cafe  ' }))).toEqual(['c']);
    expect(keys(filterRows(rows, { issue: null, text: 'pekalongan kemeja' }))).toEqual(['a']);
    expect(keys(filterRows(rows, { issue: null, text: 'batik tulis' }))).toEqual(['a']);
    expect(keys(filterRows(rows, { issue: 'title-too-short', text: 'meter' }))).toEqual(['e']);
    expect(filterRows(rows, { issue: null, text: ' ' })).toBe(rows);
  });

  it('shows titles with hidden characters made visible and absurd lengths cut', () => {
    const [row] = buildRows([
      result('x', 50, { card: { title: 'Batik\u202e Tulis' } }),
      result('y', 50, { card: { title: 'a'.repeat(5000) } }),
    ]);
    expect(row!.title).toBe('Batik\u2425 Tulis');
    expect(buildRows([result('y', 50, { card: { title: 'a'.repeat(5000) } })])[0]!.title.length).toBeLessThanOrEqual(301);
  });

  it('normalises search text', () => {
    expect(normaliseSearch('  Café\u00a0 BATIK\n')).toBe('cafe batik');
  });
});
