import { describe, expect, it } from 'vitest';
import { sampleSnippet } from '../../tests/support/test-db';
import { SnippetContentSchema } from '../../utils/snippets';
import { draftFromForm, EMPTY_FORM, formFromSnippet, splitTags } from './snippet-form';

describe('snippet form', () => {
  it('splits tags on , ; | and new lines, once each, keeping the first spelling', () => {
    expect(splitTags(' garansi, Retur;retur | batik\nkain ,, ')).toEqual(['garansi', 'Retur', 'batik', 'kain']);
    expect(splitTags('')).toEqual([]);
  });

  it('turns an empty shortcut into none, so an update removes it', () => {
    const draft = draftFromForm({ ...EMPTY_FORM, title: 'Garansi', body: 'Isi', shortcut: '   ' });
    expect(draft.shortcut).toBeUndefined();
    expect(Object.hasOwn(draft, 'shortcut')).toBe(true);
  });

  it('round-trips a stored snippet to the same content', () => {
    const snippet = sampleSnippet(4);
    const draft = draftFromForm(formFromSnippet(snippet));
    const { id: _id, createdAt: _c, updatedAt: _u, useCount: _n, lastUsedAt: _l, ...content } = snippet;
    expect(SnippetContentSchema.parse(draft)).toEqual(SnippetContentSchema.parse(content));
  });
});
