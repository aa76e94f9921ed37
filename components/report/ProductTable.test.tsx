// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { result } from '../../tests/support/test-audits';
import { setFieldValue, testIdQueries, until } from '../../tests/unit/react-page';
import { issueLabels } from '../shared/issue-label';
import { ProductTable } from './ProductTable';
import { buildRows, PAGE_SIZE } from './table-model';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
const { byTestId, all } = testIdQueries(() => container);
const click = (testId: string) => act(() => byTestId(testId)!.click());
const keys = () => all('report-row').map((row) => row.dataset.key);

// 250 products, score = page position mod 100: worst first puts p0, p100, p200 on top.
const products = Array.from({ length: 250 }, (_, i) => result(`p${i}`, i % 100, { card: { title: `Batik ${i}`, priceIdr: 1_000 + i } }));
const rows = buildRows(products);

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<ProductTable rows={rows} topIssues={[]} labels={issueLabels('id')} language="id" />));
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('product table', () => {
  it('shows one page of rows on screen and moves between pages', () => {
    expect(all('report-row')).toHaveLength(PAGE_SIZE);
    expect(keys().slice(0, 3)).toEqual(['p0', 'p100', 'p200']);
    expect(byTestId('report-page-status')?.textContent).toBe('Produk 1–100 dari 250 (halaman 1 dari 3)');
    expect(byTestId<HTMLButtonElement>('report-page-prev')?.disabled).toBe(true);
    click('report-page-next');
    click('report-page-next');
    expect(all('report-row')).toHaveLength(50);
    expect(byTestId('report-page-status')?.textContent).toBe('Produk 201–250 dari 250 (halaman 3 dari 3)');
    expect(byTestId<HTMLButtonElement>('report-page-next')?.disabled).toBe(true);
    click('report-page-prev');
    expect(byTestId('report-page-status')?.dataset.page).toBe('2');
  });

  it('starts again at the first page when the sort or the filter changes', async () => {
    click('report-page-next');
    click('report-sort-score'); // best first now
    expect(byTestId('report-page-status')?.dataset.page).toBe('1');
    expect(keys().slice(0, 3)).toEqual(['p99', 'p199', 'p98']);
    click('report-page-next');
    setFieldValue(byTestId<HTMLInputElement>('report-filter-text')!, 'batik 249');
    await until(() => expect(byTestId('report-showing')?.textContent).toBe('Menampilkan 1 dari 250 produk'));
    expect(keys()).toEqual(['p249']);
    expect(byTestId('report-pager')).toBeNull();
  });

  it('puts every product in the document for printing, in the order chosen, and one page again after', () => {
    click('report-sort-price');
    click('report-page-next');
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(all('report-row')).toHaveLength(250);
    expect(keys().slice(0, 2)).toEqual(['p0', 'p1']);
    expect(keys().at(-1)).toBe('p249');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(all('report-row')).toHaveLength(PAGE_SIZE);
    expect(byTestId('report-page-status')?.dataset.page).toBe('2');
  });
});
