// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePage, openPage, testIdQueries, until } from '../../tests/unit/react-page';
import { audit, result } from '../../tests/support/test-audits';
import { saveAudit, type RapiDb } from '../../utils/db';
import { ReportApp } from './ReportApp';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let db: RapiDb;
const { byTestId, all } = testIdQueries(() => container);

async function open(saved: Parameters<typeof saveAudit>[1]) {
  const { id } = await saveAudit(db, saved);
  history.replaceState(null, '', `/report.html#id=${id}`);
  await act(async () => root.render(<ReportApp db={db} />));
  await until(() => expect(byTestId('report-shop')).not.toBeNull());
}

beforeEach(async () => {
  ({ container, root, db } = await openPage());
});
afterEach(() => closePage({ container, root, db }));

const products = Array.from({ length: 8 }, (_, i) =>
  result(`p${i}`, 90 - i * 8, { rules: i > 3 ? ['title-promo-words', 'title-all-caps'] : i > 1 ? ['title-promo-words'] : [] }),
);

describe('report summary', () => {
  it('names the shop the page named, and says when that is only the page title', async () => {
    await open({ ...audit(products), shopName: 'Batik Sari Pekalongan', shopNameFrom: 'header' });
    expect(byTestId('report-shop')?.textContent).toBe('Batik Sari Pekalongan');
    expect(byTestId('report-shop-from-title')).toBeNull();
    act(() => root.unmount());
    root = createRoot(container);
    await open({
      ...audit(products),
      url: 'https://www.tokopedia.com/search?q=laptop',
      shopName: 'Jual laptop | Tokopedia',
      shopNameFrom: 'title',
    });
    expect(byTestId('report-shop')?.textContent).toBe('Jual laptop | Tokopedia');
    expect(byTestId('report-shop-from-title')?.textContent).toContain('judul halamannya');
  });

  it('gives one sentence of advice per issue with the number of products, not one line per card', async () => {
    await open(audit(products));
    const items = [...byTestId('report-advice')!.querySelectorAll<HTMLElement>('li')];
    expect(items.map((item) => [item.dataset.issue, item.dataset.count])).toEqual([
      ['title-promo-words', '6'],
      ['title-all-caps', '4'],
    ]);
    expect(items[0]!.textContent).toBe('6 produkAda kata promosi di judul: hapus kata itu dan pakai fitur diskon atau voucher.');
    expect(byTestId('report-advice')!.textContent).not.toMatch(/title-|report_issue|advice_|\$/);
  });

  it('never shows a product among both the weakest and the best, even from an audit saved before they were kept apart', async () => {
    const three = audit([result('a', 90), result('b', 40), result('c', 70)]);
    // What the first summary wrote for three products: the same three in both lists.
    await open({ ...three, summary: { ...three.summary, worst: ['b', 'c', 'a'], best: ['a', 'c', 'b'] } });
    const keys = (id: string) => [...byTestId(id)!.querySelectorAll<HTMLElement>('[data-key]')].map((item) => item.dataset.key);
    expect(keys('report-worst')).toEqual(['b', 'c']);
    expect(keys('report-best')).toEqual(['a']);
    expect(all('report-row')).toHaveLength(3);
  });
});
