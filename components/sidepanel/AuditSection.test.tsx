// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it, vi } from 'vitest';
import { buttonNames, repeatedButtonNames } from '../../tests/unit/button-names';
import { AuditSection } from './AuditSection';
import type { AuditPanelState } from '../../utils/panel/section-states';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const actions = { runAudit: vi.fn(), loadAll: vi.fn(), cancelLoad: vi.fn(), openReport: vi.fn() };

function renderText(state: AuditPanelState, language: 'id' | 'en' = 'id'): string | undefined {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(<AuditSection language={language} state={state} actions={actions} />));
  const text = container.querySelector('[data-testid="rapi-audit-left-out"]')?.textContent;
  act(() => root.unmount());
  return text;
}

function render(state: AuditPanelState, language: 'id' | 'en' = 'id'): { text: string; button: boolean; productPage?: string } {
  const container = document.createElement('div');
  const root = createRoot(container);
  act(() => root.render(<AuditSection language={language} state={state} actions={actions} />));
  const result = {
    text: container.textContent ?? '',
    button: container.querySelector('[data-testid="rapi-audit-run"]') !== null,
    productPage: container.querySelector('[data-testid="rapi-audit-product-page"]')?.textContent ?? undefined,
  };
  act(() => root.unmount());
  return result;
}

describe('AuditSection on a product page', () => {
  it('says plainly that one product is no list to audit, and offers no audit to run', () => {
    const id = render({ phase: 'idle', productPage: true });
    expect(id.productPage).toBe(
      'Halaman ini menampilkan satu produk, bukan daftar produk, jadi tidak ada yang bisa diaudit di sini. Buka halaman toko atau hasil pencarian untuk mengaudit produknya.',
    );
    expect(id.button).toBe(false);
    expect(render({ phase: 'idle', productPage: true }, 'en').productPage).toMatch(/^This page shows one product, not a list of products/);
    expect(render({ phase: 'idle' }).button).toBe(true);
    expect(render({ phase: 'idle' }).productPage).toBeUndefined();
  });
});

describe('AuditSection', () => {
  const done = (leftOut?: number): AuditPanelState => ({
    phase: 'done',
    result: { id: 1, count: 10_000, mean: 72, topIssues: [], previous: null, ...(leftOut !== undefined && { leftOut }) },
  });

  it('says in plain words when a page had more products than an audit keeps', () => {
    expect(renderText(done(1_234))).toBe('Hanya 10.000 produk pertama yang diaudit; 1.234 produk lainnya di halaman ini dilewati.');
    expect(renderText(done(1_234), 'en')).toBe('Only the first 10,000 products were audited; 1,234 more on this page were left out.');
    expect(renderText(done())).toBeUndefined();
  });
});

describe('AuditSection button names', () => {
  const names = (state: AuditPanelState) => {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    act(() => root.render(<AuditSection language="id" state={state} actions={actions} />));
    const result = { all: buttonNames(container), repeated: repeatedButtonNames(container) };
    act(() => root.unmount());
    container.remove();
    return result;
  };

  it('gives every button a name of its own, while loading and with a result', () => {
    const loading = names({ phase: 'loading', loaded: 120 });
    expect(loading.all).toHaveLength(2);
    expect(loading.repeated).toEqual([]);
    const done = names({
      phase: 'done',
      result: { id: 1, count: 12, mean: 70, topIssues: [{ issue: 'title-all-caps', products: 3 }], previous: null },
    });
    expect(done.all).toHaveLength(3);
    expect(done.repeated).toEqual([]);
  });
});
