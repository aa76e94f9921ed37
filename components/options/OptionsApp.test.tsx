// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importSnippets, type RapiDb } from '../../utils/db';
import { closePage, openPage, setFieldValue, testIdQueries, until } from '../../tests/unit/react-page';
import { sampleSnippet, unavailableDb } from '../../tests/support/test-db';
import { buttonNames, repeatedButtonNames } from '../../tests/unit/button-names';
import { setRuleEnabled } from '../../utils/settings/rule-settings';
import { DbContext } from './db-context';
import { OptionsApp } from './OptionsApp';
import { snippetDraftKey } from './snippet-draft';
import { StarterPack } from './StarterPack';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let db: RapiDb;

const { byTestId, all } = testIdQueries(() => container);
const type = (testId: string, value: string) => setFieldValue(byTestId<HTMLInputElement | HTMLTextAreaElement>(testId)!, value);
const click = (testId: string) => act(() => byTestId(testId)!.click());

async function mount(hash = '') {
  history.replaceState(null, '', `/options.html${hash}`);
  await act(async () => root.render(<OptionsApp db={db} />));
  await until(() => expect(byTestId('options-page')).not.toBeNull());
}

beforeEach(async () => {
  ({ container, root, db } = await openPage());
});
afterEach(() => closePage({ container, root, db }));

describe('options page', () => {
  it('speaks Indonesian by default and English when the setting says so', async () => {
    await mount();
    expect(container.querySelector('h1')?.textContent).toBe('Pengaturan Rapi');
    await act(() => fakeBrowser.storage.local.set({ settings: { language: 'en' } }));
    await until(() => expect(container.querySelector('h1')?.textContent).toBe('Rapi settings'));
  });

  it('has the language choice: picking English switches the page and stores the setting', async () => {
    await mount();
    const picker = byTestId<HTMLSelectElement>('options-language')!;
    expect(picker.value).toBe('id');
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(picker, 'en');
      picker.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => expect(container.querySelector('h1')?.textContent).toBe('Rapi settings'));
    expect(await fakeBrowser.storage.local.get('settings')).toMatchObject({ settings: { language: 'en' } });
  });

  it('creates a snippet through the form, and refuses a broken template without saving it', async () => {
    await mount();
    click('options-new');
    type('snippet-title', 'Garansi');
    type('snippet-shortcut', ';garansi');
    type('snippet-body', 'Garansi 7 hari dari {{nama_toko');
    expect(byTestId('template-error')?.textContent).toContain('baris 1, kolom 21');
    click('snippet-save');
    await until(() => expect(byTestId('snippet-error')).not.toBeNull());
    expect(await db.snippets.count()).toBe(0);

    type('snippet-body', 'Garansi 7 hari dari {{nama_toko}}.');
    expect(byTestId('snippet-preview')?.textContent).toBe('Garansi 7 hari dari ‹nama_toko›.');
    click('snippet-save');
    await until(() => expect(all('snippet-row')).toHaveLength(1));
    expect(byTestId('snippet-row-title')?.textContent).toBe('Garansi');
    expect((await db.snippets.toArray())[0]).toMatchObject({ title: 'Garansi', shortcut: ';garansi' });
    await until(() => expect(byTestId('snippet-saved')).not.toBeNull());
  });

  it('shows markup in a snippet as text', async () => {
    await importSnippets(db, [sampleSnippet(1, { title: '<b>x</b>', body: '<img src=x onerror=alert(1)>' })], { conflict: 'skip' });
    await mount(`#edit=${sampleSnippet(1).id}`);
    await until(() => expect(byTestId('snippet-preview')).not.toBeNull());
    expect(container.querySelector('img, b')).toBeNull();
    expect(byTestId('snippet-row-body')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(byTestId('snippet-preview')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('opens the snippet named in #edit=<id> and deletes it with undo', async () => {
    await importSnippets(db, [sampleSnippet(1), sampleSnippet(2)], { conflict: 'skip' });
    await mount(`#edit=${sampleSnippet(2).id}`);
    await until(() => expect(byTestId<HTMLInputElement>('snippet-title')?.value).toBe('Teks 2'));
    click('editor-delete');
    await until(() => expect(all('snippet-row')).toHaveLength(1));
    expect(byTestId('toast')?.textContent).toContain('Teks 2');
    click('undo');
    await until(() => expect(all('snippet-row')).toHaveLength(2));
    expect(await db.snippets.get(sampleSnippet(2).id)).toMatchObject({ useCount: 2, title: 'Teks 2' });
  });

  it('installs the starter pack once', async () => {
    await mount();
    click('starter-install');
    await until(() => expect(byTestId('starter-result')?.dataset).toMatchObject({ added: '8', skipped: '0' }));
    click('starter-install');
    await until(() => expect(byTestId('starter-result')?.dataset).toMatchObject({ added: '0', skipped: '8' }));
    expect(await db.snippets.count()).toBe(8);
  });

  it('welcomes a new seller until the shop name and city are stored', async () => {
    await mount();
    await until(() => expect(byTestId('options-welcome')).not.toBeNull());
    type('variable-value-nama_toko', 'Batik Sekar');
    click('variable-save-nama_toko');
    type('variable-value-kota', 'Solo');
    click('variable-save-kota');
    await until(() => expect(byTestId('options-welcome')).toBeNull());
    expect(await db.variables.toArray()).toEqual([
      { key: 'kota', value: 'Solo' },
      { key: 'nama_toko', value: 'Batik Sekar' },
    ]);
  });

  it('refuses a contact detail as a variable value and says why', async () => {
    await mount();
    type('variable-value-nama_toko', 'WA 0812-3456-7890');
    click('variable-save-nama_toko');
    await until(() => expect(byTestId('variable-error-nama_toko')?.textContent).toContain('nomor telepon'));
    expect(await db.variables.count()).toBe(0);
  });

  it('keeps unsaved edits when the tab closes and brings them back, until saved', async () => {
    await importSnippets(db, [sampleSnippet(1)], { conflict: 'skip' });
    await mount(`#edit=${sampleSnippet(1).id}`);
    await until(() => expect(byTestId<HTMLInputElement>('snippet-title')?.value).toBe('Teks 1'));
    type('snippet-title', 'Teks 1 diperbaiki');
    type('snippet-body', 'Isi baru yang belum disimpan');
    // The tab closes: the page is gone without a save.
    act(() => root.unmount());
    root = createRoot(container);
    await mount(`#edit=${sampleSnippet(1).id}`);
    await until(() => expect(byTestId<HTMLInputElement>('snippet-title')?.value).toBe('Teks 1 diperbaiki'));
    expect(byTestId<HTMLTextAreaElement>('snippet-body')?.value).toBe('Isi baru yang belum disimpan');
    expect(byTestId('snippet-draft-restored')).not.toBeNull();
    expect((await db.snippets.get(sampleSnippet(1).id))?.title).toBe('Teks 1');
    click('snippet-save');
    await until(() => expect(byTestId('snippet-saved')).not.toBeNull());
    expect((await db.snippets.get(sampleSnippet(1).id))?.title).toBe('Teks 1 diperbaiki');
    expect(localStorage.getItem(snippetDraftKey(sampleSnippet(1).id))).toBeNull();
    expect(byTestId('snippet-draft-restored')).toBeNull();
  });

  it('keeps a new snippet not saved yet, and can throw a draft away', async () => {
    await mount();
    click('options-new');
    type('snippet-title', 'Cara ukur baju');
    act(() => root.unmount());
    root = createRoot(container);
    await mount();
    click('options-new');
    await until(() => expect(byTestId<HTMLInputElement>('snippet-title')?.value).toBe('Cara ukur baju'));
    click('snippet-draft-discard');
    expect(byTestId<HTMLInputElement>('snippet-title')?.value).toBe('');
    await until(() => expect(localStorage.getItem(snippetDraftKey(null))).toBeNull());
  });

  it('asks before the tab closes while there are unsaved changes, and not after saving', async () => {
    await importSnippets(db, [sampleSnippet(1)], { conflict: 'skip' });
    await mount(`#edit=${sampleSnippet(1).id}`);
    await until(() => expect(byTestId<HTMLInputElement>('snippet-title')?.value).toBe('Teks 1'));
    const closing = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(closing()).toBe(false);
    type('snippet-title', 'Teks 1 baru');
    expect(closing()).toBe(true);
    click('snippet-save');
    await until(() => expect(byTestId('snippet-saved')).not.toBeNull());
    expect(closing()).toBe(false);
  });

  it('ignores a damaged draft', async () => {
    localStorage.setItem(snippetDraftKey(null), JSON.stringify({ title: 5, body: '<script>' }));
    await mount();
    click('options-new');
    expect(byTestId<HTMLInputElement>('snippet-title')?.value).toBe('');
    expect(byTestId('snippet-draft-restored')).toBeNull();
  });

  it('says plainly that storage is unavailable instead of showing empty lists', async () => {
    db = unavailableDb();
    await mount();
    await until(() => expect(byTestId('storage-unavailable')).not.toBeNull());
    expect(byTestId('storage-unavailable')?.textContent).toContain('Penyimpanan Rapi tidak bisa dibuka');
    // No empty snippet list, no starter pack offering to install into nowhere, no audit history.
    expect(byTestId('options-new')).toBeNull();
    expect(byTestId('starter-pack')).toBeNull();
    expect(byTestId('import')).toBeNull();
    // The switched-off checks live in extension storage and still work.
    await until(() => expect(byTestId('rules-none-off')).not.toBeNull());
  });

  it('does not blame the starter pack when the database closes under the page', async () => {
    await mount();
    await until(() => expect(byTestId('starter-install')).not.toBeNull());
    db.close();
    click('starter-install');
    // The live lists fail too, so the whole snippet area gives way to the one storage message.
    await until(() => expect(byTestId('storage-unavailable')).not.toBeNull());
    expect(byTestId('import-errors')).toBeNull();
    expect(container.textContent).not.toContain('DatabaseClosedError');
  });

  it('the starter pack on its own says the storage failed, not the file', async () => {
    db.close();
    await act(async () =>
      root.render(
        <DbContext.Provider value={db}>
          <StarterPack language="en" />
        </DbContext.Provider>,
      ),
    );
    click('starter-install');
    await until(() => expect(byTestId('storage-problem')?.textContent).toContain("Rapi's storage cannot be opened"));
    expect(byTestId('import-errors')).toBeNull();
  });

  it('lists switched-off checks and switches one back on', async () => {
    await setRuleEnabled('shopee', 'video-missing', false);
    await mount();
    await until(() => expect(byTestId('rules-shopee')?.textContent).toContain('Belum ada video'));
    click('rule-on-shopee-video-missing');
    await until(() => expect(byTestId('rules-none-off')).not.toBeNull());
  });

  it('gives every button a name of its own: one "Simpan" per value, one "Nyalakan lagi" per rule and marketplace', async () => {
    await setRuleEnabled('shopee', 'video-missing', false);
    await setRuleEnabled('shopee', 'stock-low', false);
    await setRuleEnabled('lazada', 'video-missing', false);
    await setRuleEnabled('lazada', 'title-all-caps', false);
    await importSnippets(db, [sampleSnippet(1), sampleSnippet(2)], { conflict: 'skip' });
    await mount(`#edit=${sampleSnippet(2).id}`);
    await until(() => expect(byTestId('rules-lazada')).not.toBeNull());
    await until(() => expect(byTestId<HTMLInputElement>('snippet-title')?.value).toBe('Teks 2'));
    type('variable-value-nama_toko', 'Batik Sekar');
    type('variable-value-kota', 'Solo');
    click('editor-delete');
    await until(() => expect(byTestId('toast')).not.toBeNull());
    const names = buttonNames(container);
    expect(names).toEqual(
      expect.arrayContaining([
        'Simpan: Nama toko',
        'Simpan: Kota',
        'Nyalakan lagi: Belum ada video (Shopee)',
        'Nyalakan lagi: Belum ada video (Lazada)',
        'Nyalakan semua lagi: Lazada',
      ]),
    );
    expect(repeatedButtonNames(container)).toEqual([]);
  });

  it('shows fill-in values by their plain names, never in template syntax', async () => {
    await importSnippets(db, [sampleSnippet(1, { body: 'Garansi 7 hari dari {{nama_toko}}, ukuran {{isi:ukuran}}.' })], {
      conflict: 'skip',
    });
    await mount();
    await until(() => expect(byTestId('snippet-row-body')?.textContent).toBe('Garansi 7 hari dari ‹nama toko›, ukuran ‹ukuran›.'));
    await until(() => expect(byTestId('variable-nama_toko')).not.toBeNull());
    const section = byTestId('section-variables')!;
    expect(section.textContent).toContain('Nama toko');
    expect(section.textContent).not.toContain('{{');
    // One that exists already is named as the seller sees it.
    type('variable-value-nama_toko', 'Batik Sekar');
    click('variable-save-nama_toko');
    await until(() => expect(byTestId('variable-delete-nama_toko')).not.toBeNull());
    type('variable-new-name', 'nama_toko');
    type('variable-new-value', 'Batik Sekar');
    click('variable-add');
    await until(() => expect(byTestId('variable-new-error')?.textContent).toBe('Isian “Nama toko” sudah ada; ubah nilainya di atas.'));
  });
});
