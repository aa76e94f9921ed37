import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, auditToCsv } from './export-csv';
import { audit, result, SHOP } from '../../tests/support/test-audits';

const HOSTILE = [
  '=HYPERLINK("https://evil.example","Klik")',
  '+62 812-3456-7890 Batik',
  '-50% Kemeja Batik',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=1+1\nbaris kedua',
  '\t=tab di depan',
  'Kain "Batik" Tulis, motif; parang',
  'Baris satu\r\nbaris dua\nbaris tiga',
  '<img src=x onerror="alert(1)"> Kemeja',
  ' spasi di tepi ',
  'Batik Cirebon – Mega Mendung 🌊',
];

function hostileAudit() {
  const products = HOSTILE.map((title, i) =>
    result(`p${i}`, 50 + i, {
      card: { title, ...(i % 3 ? { priceIdr: 25_000 * i } : {}), url: `${SHOP}/p${i}`, isAd: i === 2 },
      rules: i % 2 ? ['title-all-caps', 'title-promo-words'] : [],
      localTags: i === 4 ? ['=Pekalongan', 'Batik Pekalongan'] : [],
    }),
  );
  // A card without a link is keyed by its title, so the key column is page text too.
  return audit([...products, result('=2+3', 10, { card: { title: '=2+3' } })]);
}

const read = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('auditToCsv', () => {
  it('round-trips every row through a CSV parser, one row per product', () => {
    const source = hostileAudit();
    const parsed = read(auditToCsv(source));
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(source.products.length);
    const guard = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
    source.products.forEach((product, i) => {
      expect(parsed.data[i]).toEqual({
        key: guard(product.key),
        title: guard(product.card.title),
        price_idr: product.card.priceIdr === undefined ? '' : String(product.card.priceIdr),
        score: String(product.score),
        grade: product.grade,
        findings: product.findings.map((f) => f.ruleId).join(' '),
        local_tags: guard(product.localTags.join('; ')),
        ad: product.card.isAd ? 'yes' : 'no',
      });
    });
  });

  it('turns every cell a spreadsheet would run as a formula into text, multi-line ones too', () => {
    const rows = read(auditToCsv(hostileAudit())).data;
    const titles = rows.map((row) => row.title!);
    for (const cell of rows.flatMap((row) => Object.values(row))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(titles.slice(0, 6)).toEqual(HOSTILE.slice(0, 6).map((t) => `'${t}`));
    expect(rows[4]!.local_tags).toBe("'=Pekalongan; Batik Pekalongan");
    expect(rows.at(-1)).toMatchObject({ key: "'=2+3", title: "'=2+3", price_idr: '' });
  });

  it('keeps quotes, separators, line breaks, markup and emoji as the text they were', () => {
    const titles = read(auditToCsv(hostileAudit())).data.map((row) => row.title);
    expect(titles.slice(6, HOSTILE.length)).toEqual(HOSTILE.slice(6));
  });

  it('starts with a byte-order mark and uses CRLF, as Excel expects, and has a header for an empty audit', () => {
    const csv = auditToCsv(audit([]));
    expect(csv).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
    expect(auditToCsv(hostileAudit())).toContain('\r\n');
  });
});
