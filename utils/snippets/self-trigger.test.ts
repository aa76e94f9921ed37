import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createSnippet, updateSnippet } from '../db/snippets';
import { openFreshDb } from '../../tests/support/test-db';
import { selfTriggers } from './self-trigger';

describe('a snippet that would type itself again', () => {
  it('is recognised when the body holds its own typed shortcut as a word', () => {
    expect(selfTriggers('Dikirim hari ini ;kirim', ';kirim')).toBe(true);
    expect(selfTriggers('Dikirim hari ini ;KIRIM ', ';kirim')).toBe(true);
    expect(selfTriggers(';kirim lalu teks', ';kirim')).toBe(true);
    expect(selfTriggers('baris satu\n/garansi\n', '/garansi')).toBe(true);
  });

  it('is not confused with other text', () => {
    expect(selfTriggers('Dikirim hari ini;kirim', ';kirim')).toBe(false);
    expect(selfTriggers('Dikirim ;kiriman besok', ';kirim')).toBe(false);
    expect(selfTriggers('ketik ;kirim.', ';kirim')).toBe(false);
    // Shortcuts without ; / ! never expand as typed.
    expect(selfTriggers('garansi resmi', 'garansi')).toBe(false);
    expect(selfTriggers('isi', undefined)).toBe(false);
  });

  it('is refused when saved, new or edited, with a message in both languages; nothing is stored', async () => {
    const db = await openFreshDb();
    const created = await createSnippet(db, { title: 'Kirim', body: 'Dikirim hari ini ;kirim', shortcut: ';kirim' });
    expect(created.ok).toBe(false);
    if (!created.ok) {
      expect(created.error.code).toBe('invalid');
      expect(created.error.message).toMatch(/pintasannya sendiri ";kirim".*\/.*its own shortcut ";kirim"/s);
    }
    expect(await db.snippets.count()).toBe(0);

    const fine = await createSnippet(db, { title: 'Kirim', body: 'Dikirim hari ini', shortcut: ';kirim' });
    expect(fine.ok).toBe(true);
    if (!fine.ok) return;
    const edited = await updateSnippet(db, fine.value.id, { body: 'Dikirim hari ini ;kirim ' });
    expect(edited.ok).toBe(false);
    expect((await db.snippets.get(fine.value.id))?.body).toBe('Dikirim hari ini');
    // Changing the shortcut so the body now holds it is refused too.
    const renamed = await updateSnippet(db, fine.value.id, { body: 'Ketik /hari untuk ini', shortcut: '/hari' });
    expect(renamed.ok).toBe(false);
    db.close();
  });
});
