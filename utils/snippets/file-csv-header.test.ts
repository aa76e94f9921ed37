/**
 * How the CSV reader finds the separator and the columns. Pinned after a mutation run (issue 14):
 * the CSV tests used comma and Excel's `;` files only, so the other guesses could change unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { parseSnippetFile } from './file';

const titles = (text: string) => {
  const result = parseSnippetFile(text, 'csv');
  return result.ok ? result.snippets.map((s) => [s.title, s.body]) : result.errors.map((e) => e.message);
};

describe('CSV header', () => {
  it.each([
    ['tab', 'judul\tisi\nGaransi\tGaransi 7 hari, tukar baru\n'],
    ['pipe', 'judul|isi\nGaransi|Garansi 7 hari, tukar baru\n'],
    ['semicolon', 'judul;isi\nGaransi;Garansi 7 hari, tukar baru\n'],
    ['comma, with a quoted comma-free header', '"judul","isi"\nGaransi,"Garansi 7 hari, tukar baru"\n'],
  ])('takes the separator the header row uses most (%s)', (_name, text) => {
    expect(titles(text)).toEqual([['Garansi', 'Garansi 7 hari, tukar baru']]);
  });

  it('reads column names in any case and with spaces around them', () => {
    expect(titles(' JUDUL , Isi \nGaransi,Garansi 7 hari\n')).toEqual([['Garansi', 'Garansi 7 hari']]);
  });

  it('names a column given twice, and lists the columns found when a required one is missing', () => {
    expect(titles('judul,isi,judul\nA,B,C\n').join(' ')).toContain('column "title" appears twice');
    expect(titles('nama toko,alamat\nA,B\n').join(' ')).toContain('columns found: nama toko, alamat');
  });

  it('reads a `sep=` line only at the start, and calls JSON JSON even after spaces', () => {
    expect(titles('sep=|\njudul|isi\nGaransi|Garansi 7 hari\n')).toEqual([['Garansi', 'Garansi 7 hari']]);
    expect(titles('  \n [{"title":"x"}]').join(' ')).toContain('looks like JSON');
  });
});
