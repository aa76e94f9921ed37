import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findContactDetail } from './contact-details';
import { parseSnippetFile, serializeSnippets } from './file';
import type { Snippet, SnippetImport } from './model';
import { listFillIns } from './template-ast';
import { parseTemplate } from './template-parse';
import { renderTemplate } from './template-render';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/snippets/${name}`, import.meta.url), 'utf8');

function parsed(text: string, format: 'json' | 'csv'): SnippetImport[] {
  const result = parseSnippetFile(text, format);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join('\n'));
  return result.snippets;
}

const tricky: Snippet[] = [
  {
    id: '2f1f6c1e-8a53-4d59-9f0e-0f6f3c2b1a01',
    title: 'Kutip "ganda", koma; dan titik koma',
    body: 'Baris satu, dengan koma\nBaris "dua"; dengan titik koma\r\nBaris tiga 🧵🎁 ✨\n\n<img src=x onerror=alert(1)>\n',
    shortcut: ';kutip',
    folder: 'Uji, "aneh"',
    tags: ['emoji 😀', 'kutip "x"'],
    marketplaces: ['tokopedia', 'tiktok-tokopedia'],
    language: 'id',
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
    updatedAt: Date.UTC(2026, 5, 2),
    useCount: 12,
    lastUsedAt: Date.UTC(2026, 10, 1),
  },
  {
    id: '2f1f6c1e-8a53-4d59-9f0e-0f6f3c2b1a02',
    title: '=HYPERLINK("x") bukan rumus',
    body: "- Daftar dimulai tanda minus\n+ plus\n@ at\n'kutip tunggal",
    folder: '',
    tags: [],
    marketplaces: [],
    language: 'en',
    createdAt: 0,
    updatedAt: 1,
    useCount: 0,
  },
  {
    id: '2f1f6c1e-8a53-4d59-9f0e-0f6f3c2b1a03',
    title: "'=dua kutip di depan",
    body: '"Dimulai kutip" dan diakhiri kutip"',
    folder: 'Folder',
    tags: ['a', 'b'],
    marketplaces: ['blibli'],
    language: 'id',
    createdAt: 5,
    updatedAt: 6,
    useCount: 1,
    lastUsedAt: 7,
  },
];

const content = ({ id, title, body, shortcut, folder, tags, marketplaces, language }: SnippetImport) => ({
  id,
  title,
  body,
  shortcut,
  folder,
  tags,
  marketplaces,
  language,
});

describe('round trip', () => {
  it('gives back identical snippets through JSON', () => {
    expect(parsed(serializeSnippets(tricky, 'json'), 'json')).toEqual(tricky);
  });

  it('gives back identical content (and ids) through CSV', () => {
    const csv = serializeSnippets(tricky, 'csv');
    expect(csv.startsWith('\uFEFF"title","body","shortcut"')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"") bukan rumus"`);
    expect(parsed(csv, 'csv')).toEqual(tricky.map(content));
  });

  it('keeps markup as plain text', () => {
    const [first] = parsed(serializeSnippets(tricky, 'csv'), 'csv');
    expect(first!.body).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('fixtures', () => {
  it('reads a Rapi JSON export', () => {
    const snippets = parsed(fixture('export.json'), 'json');
    expect(snippets).toHaveLength(4);
    expect(snippets[0]).toMatchObject({
      title: 'Salam pembuka',
      shortcut: ';salam',
      useCount: 42,
      lastUsedAt: Date.parse('2026-05-01T02:15:00.000Z'),
    });
    expect(snippets[2]).toMatchObject({ language: 'en', marketplaces: ['lazada'] });
    expect(snippets[2]!.shortcut).toBeUndefined();
  });

  it('reads a CSV as Indonesian Excel saves it (BOM, semicolons, CRLF, newlines in cells)', () => {
    const snippets = parsed(fixture('excel-id.csv'), 'csv');
    expect(snippets.map((snippet) => snippet.title)).toEqual([
      'Pengiriman',
      'Garansi 7 hari',
      'Ukuran kaos',
      'Kue kering lebaran',
      'Care (English)',
    ]);
    expect(snippets[0]).toEqual({
      title: 'Pengiriman',
      body: 'Pesanan sebelum pukul 15.00 kami kirim hari itu juga dari {{kota}}.\nPaket dibungkus bubble wrap dan kardus.',
      shortcut: ';kirim',
      folder: 'Kebijakan toko',
      tags: ['pengiriman', 'kemasan'],
      marketplaces: [],
      language: 'id',
    });
    expect(snippets[1]).toMatchObject({ tags: ['garansi', 'retur'], marketplaces: ['tokopedia', 'shopee'] });
    expect(snippets[3]!.body).toContain('"Nastar"');
    expect(snippets[4]).toMatchObject({ language: 'en', marketplaces: ['lazada', 'blibli'] });
  });

  it('reads Excel’s sep= line and Indonesian column names', () => {
    const csv = 'sep=;\r\njudul;isi;pintasan;tag\r\nSalam;"Halo; selamat datang";;sapaan\r\n';
    expect(parsed(csv, 'csv')).toEqual([
      { title: 'Salam', body: 'Halo; selamat datang', folder: '', tags: ['sapaan'], marketplaces: [], language: 'id' },
    ]);
  });

  describe('the Indonesian starter pack', () => {
    // The pack the options page ships (not a test fixture): read from where the product imports it.
    const snippets = parsed(readFileSync(new URL('./starter-pack-id.json', import.meta.url), 'utf8'), 'json');

    it('covers what sellers retype most', () => {
      expect(snippets.map((snippet) => snippet.title)).toEqual([
        'Pengiriman',
        'Garansi dan retur',
        'Perawatan batik',
        'Perawatan tenun',
        'Perawatan keramik',
        'Info halal',
        'Info P-IRT',
        'Tabel ukuran',
      ]);
    });

    it.each(snippets.map((snippet) => [snippet.title, snippet] as const))(
      '%s is a valid template with no contact details or marketplace names',
      (_title, snippet) => {
        expect(parseTemplate(snippet.body).ok).toBe(true);
        expect(findContactDetail(snippet.body)).toBeNull();
        expect(snippet.body).not.toMatch(/tokopedia|shopee|lazada|tiktok|blibli|bukalapak|whatsapp|\bwa\b|https?:|www\./i);
      },
    );

    it('renders every text once the fill-ins are answered', () => {
      for (const snippet of snippets) {
        const parsedBody = parseTemplate(snippet.body);
        if (!parsedBody.ok) throw new Error(parsedBody.error.message);
        const fields = Object.fromEntries(
          listFillIns(parsedBody.ast).map((field) => [field.name, field.kind === 'choice' ? field.options[0]! : 'contoh']),
        );
        const result = renderTemplate(parsedBody.ast, {
          variables: { nama_toko: 'Batik Sekar Jagad', kota: 'Pekalongan' },
          listing: { marketplace: 'shopee', title: 'Kemeja Batik Parang', priceIdr: 185_000, weightGrams: 300 },
          now: new Date(2026, 10, 24),
          fields,
        });
        expect(result.ok, snippet.title).toBe(true);
      }
    });

    it('uses the shop variables and asks for fill-ins', () => {
      const bodies = snippets.map((snippet) => snippet.body).join('\n');
      expect(bodies).toContain('{{nama_toko}}');
      expect(bodies).toContain('{{kota}}');
      expect(bodies).toContain('{{isi:');
      expect(bodies).toContain('{{pilih:');
    });
  });
});
