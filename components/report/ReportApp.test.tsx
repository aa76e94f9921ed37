// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { audit, result } from '../../tests/support/test-audits';
import { getAudit, saveAudit, type RapiDb } from '../../utils/db';
import { closePage, openPage, setFieldValue, testIdQueries, until } from '../../tests/unit/react-page';
import { unavailableDb } from '../../tests/support/test-db';
import { buttonNames, repeatedButtonNames } from '../../tests/unit/button-names';
import { draftKey } from '../shared/notes-draft';
import { ReportApp } from './ReportApp';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let db: RapiDb;

const { byTestId, all } = testIdQueries(() => container);
const type = (testId: string, value: string) => setFieldValue(byTestId<HTMLInputElement | HTMLTextAreaElement>(testId)!, value);
async function mount(hash = '') {
  history.replaceState(null, '', `/report.html${hash}`);
  await act(async () => root.render(<ReportApp db={db} />));
}

const older = audit(
  [result('a', 40, { rules: ['title-too-short'] }), result('b', 90), result('gone', 70)],
  [{ id: 'x', text: 'Perpanjang judul', done: false, ruleId: 'title-too-short', productKey: 'a' }],
);
const newer = {
  ...audit([
    result('a', 85),
    result('b', 60, { rules: ['title-all-caps'] }),
    result('new', 30, { card: { title: '<img src=x onerror=alert(1)>' } }),
  ]),
  at: '2025-04-01T09:00:00.000Z',
};

beforeEach(async () => {
  ({ container, root, db } = await openPage());
});
afterEach(() => closePage({ container, root, db }));

describe('report page', () => {
  it('lists past audits by shop, newest first, and follows the hash to one', async () => {
    await saveAudit(db, older);
    const { id } = await saveAudit(db, newer);
    await mount();
    await until(() => expect(all('report-history-link')).toHaveLength(2));
    expect(all('report-history-shop')).toHaveLength(1);
    expect(all('report-history-link')[0]!.getAttribute('href')).toBe(`#id=${id}`);
    await act(async () => {
      location.hash = `#id=${id}`;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await until(() => expect(all('report-row')).toHaveLength(3));
  });

  it('shows the summary, the products worst first, and product text as text', async () => {
    await saveAudit(db, older);
    const { id } = await saveAudit(db, newer);
    await mount(`#id=${id}`);
    await until(() => expect(all('report-row')).toHaveLength(3));
    expect(byTestId('report-count')?.textContent).toBe('3');
    expect(byTestId('report-mean')?.textContent).toBe('58,3');
    expect(all('report-row').map((row) => row.dataset.key)).toEqual(['new', 'b', 'a']);
    expect(container.querySelector('img')).toBeNull();
    expect(byTestId('report-table')?.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(byTestId('report-distribution')?.getAttribute('aria-label')).toContain('Skor 20–39: 1 produk');
  });

  it('offers an export section, closed until opened, that lists what the chosen destination asks of each product', async () => {
    const { id } = await saveAudit(db, {
      ...audit([
        result('shirt', 70, { card: { title: 'Kemeja Batik Tulis Pria Lengan Panjang' } }),
        result('cup', 70, { card: { title: 'Cangkir Keramik Dinoyo Motif Bunga' } }),
      ]),
      at: '2025-05-01T09:00:00.000Z',
    });
    await mount(`#id=${id}`);
    await until(() => expect(byTestId('report-export')).not.toBeNull());
    expect(all('report-export-product')).toHaveLength(0);
    await act(async () => byTestId<HTMLButtonElement>('report-export-toggle')!.click());
    const select = byTestId<HTMLSelectElement>('report-export-market')!;
    await act(async () => {
      select.value = 'EU';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(all('report-export-product')).toHaveLength(2));
    const rules = (key: number) =>
      [...all('report-export-product')[key]!.querySelectorAll('[data-rule]')].map((li) => li.getAttribute('data-rule'));
    const shirt = all('report-export-product').findIndex((li) => li.textContent?.includes('Kemeja'));
    const cup = all('report-export-product').findIndex((li) => li.textContent?.includes('Cangkir'));
    expect(rules(shirt)).toContain('export-fibre-composition-missing');
    expect(rules(cup)).toContain('export-food-contact-test-missing');
    expect(rules(cup)).not.toContain('export-fibre-composition-missing');
  });

  it('compares with the same shop’s previous audit', async () => {
    await saveAudit(db, older);
    const { id } = await saveAudit(db, newer);
    await mount(`#id=${id}`);
    await until(() => expect(byTestId('report-comparison')).not.toBeNull());
    expect(byTestId('report-improved')?.dataset.count).toBe('1');
    expect(byTestId('report-worsened')?.dataset.count).toBe('1');
    expect(byTestId('report-added')?.textContent).toContain('<img');
    expect(byTestId('report-removed')?.textContent).toContain('Produk gone');
    expect(container.querySelector('[data-testid="report-previous-action"] [data-status]')?.getAttribute('data-status')).toBe('pass');
  });

  it('names each "Tampilkan semua" button after its list, and repeats no button name', async () => {
    // Twelve products better and twelve worse: two long lists, each folded behind its own button.
    const keys = Array.from({ length: 24 }, (_, i) => `p${i}`);
    await saveAudit(db, audit(keys.map((key, i) => result(key, i < 12 ? 40 : 90))));
    const { id } = await saveAudit(db, { ...audit(keys.map((key, i) => result(key, i < 12 ? 90 : 40))), at: '2025-04-01T09:00:00.000Z' });
    await mount(`#id=${id}`);
    await until(() => expect(all('report-row')).toHaveLength(24));
    const showAll = buttonNames(container).filter((name) => name.startsWith('Tampilkan semua'));
    expect(showAll).toEqual(['Tampilkan semua (12): Membaik (12)', 'Tampilkan semua (12): Memburuk (12)']);
    expect(repeatedButtonNames(container)).toEqual([]);
  });

  it('saves notes and action items, and shows that they are saved', async () => {
    const { id } = await saveAudit(db, newer);
    await mount(`#id=${id}`);
    await until(() => expect(byTestId('report-notes')).not.toBeNull());
    type('report-notes', 'Fokus pada judul.');
    type('report-action-text', 'Foto ulang');
    act(() => byTestId('report-add-action')!.click());
    await until(() => expect(byTestId('report-saved')?.dataset.state).toBe('saved'));
    expect(byTestId('report-saved')?.textContent).toBe('Tersimpan');
    expect(all('report-action')).toHaveLength(1);
    const stored = await getAudit(db, id);
    expect(stored?.audit.notes).toBe('Fokus pada judul.');
    expect(stored?.audit.actions).toMatchObject([{ text: 'Foto ulang', done: false }]);
  });

  it('restores notes typed just before the page closed', async () => {
    const { id } = await saveAudit(db, newer);
    localStorage.setItem(draftKey(id), JSON.stringify({ notes: 'Belum tersimpan', actions: [] }));
    await mount(`#id=${id}`);
    await until(() => expect(byTestId('report-saved')?.dataset.state).toBe('saved'));
    expect(byTestId<HTMLTextAreaElement>('report-notes')?.value).toBe('Belum tersimpan');
    expect((await getAudit(db, id))?.audit.notes).toBe('Belum tersimpan');
    expect(localStorage.getItem(draftKey(id))).toBeNull();
  });

  it('says the storage is unavailable, not that the audit is missing, when the database cannot be opened', async () => {
    const working = db;
    db = unavailableDb();
    await mount('#id=1');
    await until(() => expect(byTestId('storage-unavailable')).not.toBeNull());
    expect(byTestId('report-status')?.dataset.state).not.toBe('missing');
    expect(container.textContent).not.toContain('tidak ditemukan');
    await act(async () => {
      location.hash = '';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(byTestId('storage-unavailable')).not.toBeNull();
    expect(byTestId('report-history')).toBeNull();
    db = working;
  });

  it('says so when the audit does not exist', async () => {
    await mount('#id=42');
    await until(() => expect(byTestId('report-status')?.dataset.state).toBe('missing'));
    expect(byTestId('report-status')?.textContent).toContain('Audit #42 tidak ditemukan');
  });
});
