// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closePage, openPage, testIdQueries, until } from '../../tests/unit/react-page';
import { audit, result } from '../../tests/support/test-audits';
import { saveAudit, type RapiDb } from '../../utils/db';
import { draftKey, writeDraft } from '../shared/notes-draft';
import { OptionsApp } from './OptionsApp';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let db: RapiDb;
const { byTestId, all } = testIdQueries(() => container);

async function mount() {
  history.replaceState(null, '', '/options.html');
  await act(async () => root.render(<OptionsApp db={db} />));
  await until(() => expect(byTestId('options-page')).not.toBeNull());
}
const click = (element: HTMLElement) => act(() => element.click());

beforeEach(async () => {
  ({ container, root, db } = await openPage());
});
afterEach(() => closePage({ container, root, db }));

describe('audit history on the options page', () => {
  it('deletes an audit, with its notes and unsaved draft, only after the mentor confirms', async () => {
    const march = await saveAudit(db, { ...audit([result('a', 80)]), notes: 'Bu Sari: perbaiki judul', at: '2025-03-01T09:00:00.000Z' });
    const april = await saveAudit(db, { ...audit([result('a', 90)]), at: '2025-04-01T09:00:00.000Z' });
    writeDraft(localStorage, march.id, { notes: 'draft', actions: [] });
    await mount();
    await until(() => expect(all('options-audit')).toHaveLength(2));
    const row = () => container.querySelector<HTMLElement>(`[data-testid="options-audit"][data-id="${march.id}"]`);

    // Asking is not deleting; cancelling keeps it.
    await click(row()!.querySelector<HTMLElement>('[data-testid="options-audit-delete"]')!);
    expect(row()!.querySelector('[data-testid="options-audit-confirm"]')?.textContent).toContain(
      'Hapus audit 1 Maret 2025 beserta catatan',
    );
    await click(byTestId('options-audit-delete-no')!);
    expect(byTestId('options-audit-confirm')).toBeNull();
    expect(await db.audits.count()).toBe(2);

    await click(row()!.querySelector<HTMLElement>('[data-testid="options-audit-delete"]')!);
    await click(byTestId('options-audit-delete-yes')!);
    await until(() => expect(all('options-audit')).toHaveLength(1));
    expect(byTestId('options-audit-deleted')?.textContent).toBe('Audit 1 Maret 2025 sudah dihapus.');
    expect((await db.audits.toArray()).map((r) => r.id)).toEqual([april.id]);
    expect(localStorage.getItem(draftKey(march.id))).toBeNull();
  });
});
