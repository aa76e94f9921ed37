import { describe, expect, it } from 'vitest';
import { SnippetContentSchema } from '../../utils/snippets';
import { snippetDraftFromSelection } from './snippet-from-selection';

describe('snippetDraftFromSelection', () => {
  it('names the snippet after its first words and keeps the text whole', () => {
    const draft = snippetDraftFromSelection('Pengiriman setiap hari kerja sebelum pukul 15.00 WIB.\r\nDikemas dengan bubble wrap.');
    expect(draft).toEqual({
      title: 'Pengiriman setiap hari kerja sebelum pukul…',
      body: 'Pengiriman setiap hari kerja sebelum pukul 15.00 WIB.\nDikemas dengan bubble wrap.',
    });
    expect(SnippetContentSchema.safeParse(draft).success).toBe(true);
  });

  it('gives a short selection its own words as title', () => {
    expect(snippetDraftFromSelection('  Garansi 7 hari  ').title).toBe('Garansi 7 hari');
  });
});
