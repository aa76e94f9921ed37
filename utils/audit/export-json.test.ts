import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditToJson, parseAuditJson } from './export-json';
import { audit, result } from '../../tests/support/test-audits';

const sample = () =>
  audit(
    [
      result('a', 92, {
        localTags: ['Batik Pekalongan'],
        card: { title: '<img src=x onerror="alert(1)"> Kemeja "Batik"\nbaris 2', priceIdr: 85_000, isAd: true },
      }),
      result('b', 48, { rules: ['title-all-caps', 'title-too-short'], importSignals: true }),
    ],
    [{ id: 'x1', text: 'Hapus huruf kapital semua', done: false, ruleId: 'title-all-caps', productKey: 'b' }],
  );

/** The sample audit as plain JSON data, changed by `edit`, then parsed back. */
function parseEdited(edit: (data: any) => void) {
  const data = JSON.parse(auditToJson(sample()));
  edit(data);
  return parseAuditJson(JSON.stringify(data));
}

describe('audit JSON', () => {
  it('round-trips an audit exactly, hostile text kept as text', () => {
    const source = { ...sample(), notes: 'Toko bagus; <script>alert(1)</script> foto perlu diperbaiki' };
    const back = parseAuditJson(auditToJson(source));
    expect(back).toEqual({ ok: true, audit: source });
    expect(parseAuditJson(`\uFEFF${auditToJson(source)}`)).toEqual({ ok: true, audit: source });
  });

  it.each([
    [
      'a newer version',
      (d: any) => {
        d.version = 2;
      },
      'version',
    ],
    [
      'no summary',
      (d: any) => {
        delete d.summary;
      },
      'summary',
    ],
    [
      'an unknown rule id',
      (d: any) => {
        d.products[0].findings = [{ ruleId: 'title-rude', severity: 'error' }];
      },
      'products.0.findings.0.ruleId',
    ],
    [
      'a score above 100',
      (d: any) => {
        d.products[0].score = 101;
      },
      'products.0.score',
    ],
    [
      'a fractional score',
      (d: any) => {
        d.products[0].score = 50.5;
      },
      'products.0.score',
    ],
    [
      'a date that is not ISO',
      (d: any) => {
        d.at = 'kemarin';
      },
      'at',
    ],
    [
      'an unknown marketplace',
      (d: any) => {
        d.marketplace = 'amazon';
      },
      'marketplace',
    ],
    [
      'two products with one key',
      (d: any) => {
        d.products[1].key = 'a';
      },
      'products',
    ],
    [
      'a count that disagrees with the products',
      (d: any) => {
        d.summary.count = 3;
      },
      'summary.count',
    ],
    [
      'a best list naming a missing product',
      (d: any) => {
        d.summary.best = ['zzz'];
      },
      'summary.best',
    ],
    [
      'four score buckets',
      (d: any) => {
        d.summary.distribution.pop();
      },
      'summary.distribution',
    ],
    [
      'an action without an id',
      (d: any) => {
        delete d.actions[0].id;
      },
      'actions.0.id',
    ],
    [
      'a NaN-like mean',
      (d: any) => {
        d.summary.meanScore = 'NaN';
      },
      'summary.meanScore',
    ],
  ])('rejects an audit with %s', (_name, edit, path) => {
    const parsed = parseEdited(edit);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.some((e) => e.startsWith(`${path}:`))).toBe(true);
  });

  // Pinned after a mutation run (issue 14).
  it("strips only a leading byte-order mark, never one inside the mentor's notes", () => {
    const source = { ...sample(), notes: 'Catatan\uFEFF dengan tanda BOM di tengah' };
    expect(parseAuditJson(`\uFEFF${auditToJson(source)}`)).toEqual({ ok: true, audit: source });
  });

  it('says where each problem is, at most 20 of them, and names the whole file "(root)"', () => {
    const many = parseEdited((d) => {
      d.products = Array.from({ length: 30 }, (_, i) => ({ key: `p${i}` }));
    });
    expect(many.ok).toBe(false);
    if (!many.ok) {
      expect(many.errors).toHaveLength(20);
      expect(many.errors[0]).toMatch(/^products\.0\.[a-z]+: /i);
    }
    expect(parseAuditJson('null')).toEqual({ ok: false, errors: [expect.stringMatching(/^\(root\): ./)] });
    expect(parseAuditJson('{')).toEqual({ ok: false, errors: [expect.stringMatching(/^not JSON: ./)] });
    expect(parseAuditJson(undefined as unknown as string)).toEqual({ ok: false, errors: ['not text'] });
  });

  it('answers anything that is not an audit with errors, never a throw', () => {
    for (const text of ['', 'not json', '{', 'null', '[]', '42', '"audit"', '{"version":1}']) {
      const parsed = parseAuditJson(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.errors.length).toBeGreaterThan(0);
    }
    expect(parseAuditJson(undefined as unknown as string).ok).toBe(false);
    expect(parseAuditJson(' '.repeat(50_000_001)).ok).toBe(false);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(parseAuditJson(text).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
