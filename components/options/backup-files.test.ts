import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { importSnippets } from '../../utils/db';
import { dumpDb, openFreshDb, sampleSnippet } from '../../tests/support/test-db';
import { parseSnippetFile } from '../../utils/snippets';
import { backupFile, countConflicts, formatOf } from './backup-files';

describe('backup files', () => {
  it('tells the format by extension, then by content', () => {
    expect(formatOf('snippet.CSV', '{')).toBe('csv');
    expect(formatOf('cadangan.json', 'title,body')).toBe('json');
    expect(formatOf('tanpa-ekstensi', '\uFEFF  {"format":1}')).toBe('json');
    expect(formatOf('tanpa-ekstensi', 'title,body')).toBe('csv');
  });

  it('writes a JSON backup that imports back with "skip" and changes nothing', async () => {
    const db = await openFreshDb();
    const result = await importSnippets(db, [sampleSnippet(1), sampleSnippet(2)], { conflict: 'skip' });
    expect(result.ok).toBe(true);
    const before = await dumpDb(db);
    const file = await backupFile(db, 'json', new Date(2026, 10, 24));
    expect(file).toMatchObject({ name: 'rapi-snippet-2026-11-24.json', type: 'application/json' });
    const parsed = parseSnippetFile(file.text, 'json');
    if (!parsed.ok) throw new Error('backup does not parse');
    expect(await countConflicts(db, parsed.snippets)).toBe(2);
    expect(await importSnippets(db, parsed.snippets, { conflict: 'skip' })).toEqual({
      ok: true,
      summary: { added: 0, replaced: 0, skipped: 2 },
    });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('counts a collision by shortcut as well as by id', async () => {
    const db = await openFreshDb();
    await importSnippets(db, [sampleSnippet(1)], { conflict: 'skip' });
    const { id: _id, ...sameShortcut } = sampleSnippet(1);
    const other = { ...sampleSnippet(3), shortcut: ';lain' };
    expect(await countConflicts(db, [sameShortcut, other])).toBe(1);
  });
});
