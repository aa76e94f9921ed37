// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Mounted, mountRoot, unmountRoot } from '../../tests/unit/react-page';
import { ReportExportSection } from './ReportExportSection';
import type { ReportProduct } from './report-readiness';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const PRODUCTS: ReportProduct[] = [
  { key: 'a', title: 'Gantungan Kunci Akrilik Custom 5 x 5 cm' },
  { key: 'b', title: 'Kemeja Batik Tulis Pria Lengan Panjang' },
  { key: 'c', title: 'Sambal Roa Manado Halal 200 gr' },
];

let page: Mounted;
beforeEach(() => {
  fakeBrowser.reset();
  page = mountRoot();
});
afterEach(() => unmountRoot(page));

const q = (id: string) => page.container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const all = (id: string) => [...page.container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

describe('ReportExportSection', () => {
  it('checks nothing until the mentor opens it', () => {
    act(() => page.root.render(<ReportExportSection products={PRODUCTS} language="id" initialMarket="MY" />));
    expect(q('report-export-products')).toBeNull();
    expect(q('report-export-toggle')!.getAttribute('aria-expanded')).toBe('false');
    act(() => q('report-export-toggle')!.click());
    expect(q('report-export-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(all('report-export-product')).toHaveLength(3);
  });

  it('lists per product the findings for the chosen destination, products with something missing first', () => {
    act(() => page.root.render(<ReportExportSection products={PRODUCTS} language="id" initialMarket="MY" initiallyOpen />));
    const rows = all('report-export-product');
    // MY: the sambal claims halal without a number; the shirt gets textile advice; the key ring nothing.
    expect(rows.map((row) => row.querySelector('.report-export__title')!.textContent)).toEqual([
      PRODUCTS[1]!.title,
      PRODUCTS[2]!.title,
      PRODUCTS[0]!.title,
    ]);
    const halal = rows[1]!.querySelector<HTMLElement>('[data-rule="export-halal-missing"]')!;
    // Titles only: never an error, even for a halal claim.
    expect(halal.dataset.severity).toBe('warning');
    expect(rows[2]!.textContent).toContain('Tidak ada kekurangan.');
    expect(q('report-export-summary')!.textContent).toBe('2 dari 3 produk punya kekurangan untuk Malaysia.');
    expect(page.container.textContent).toContain('Audit hanya menyimpan judul produk');

    const select = q('report-export-market') as HTMLSelectElement;
    act(() => {
      select.value = 'EU';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(q('report-export-summary')!.textContent).toBe('3 dari 3 produk punya kekurangan untuk Uni Eropa.');
  });

  it('shows a page of products at a time', () => {
    const many = Array.from({ length: 230 }, (_, i) => ({ key: String(i), title: `Kaos Polos Anak Nomor ${i}` }));
    act(() => page.root.render(<ReportExportSection products={many} language="en" initialMarket="US" initiallyOpen />));
    expect(all('report-export-product')).toHaveLength(100);
    act(() => q('report-export-more')!.click());
    expect(all('report-export-product')).toHaveLength(200);
    expect(q('report-export-more')!.textContent).toBe('Show 30 more products');
    act(() => q('report-export-more')!.click());
    expect(all('report-export-product')).toHaveLength(230);
    expect(q('report-export-more')).toBeNull();
  });
});
