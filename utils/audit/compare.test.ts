import { describe, expect, it } from 'vitest';
import { compareAudits } from './compare';
import type { ActionItem } from './schema';
import { audit, result } from '../../tests/support/test-audits';

const action = (id: string, extra: Partial<ActionItem> = {}): ActionItem => ({ id, text: `Tindakan ${id}`, done: false, ...extra });

describe('compareAudits', () => {
  const before = audit([
    result('up', 60, { rules: ['title-all-caps'] }),
    result('down', 90),
    result('same', 80, { rules: ['title-promo-words'] }),
    result('small', 70, { rules: ['title-promo-words'] }),
    result('gone', 40, { rules: ['title-too-short'] }),
  ]);
  const after = audit([
    result('new', 100),
    result('up', 95),
    result('down', 70, { rules: ['title-promo-words'] }),
    result('same', 80, { rules: ['title-promo-words'] }),
    result('small', 74, { rules: ['title-promo-words'] }),
  ]);

  it('sorts products into improved, worsened, unchanged, added and removed by key', () => {
    const diff = compareAudits(before, after);
    expect(diff.improved).toEqual([{ key: 'up', title: 'Produk up', before: 60, after: 95, change: 35 }]);
    expect(diff.worsened).toEqual([{ key: 'down', title: 'Produk down', before: 90, after: 70, change: -20 }]);
    expect(diff.unchanged).toEqual(['same', 'small']);
    expect(diff.added).toEqual(['new']);
    expect(diff.removed).toEqual(['gone']);
  });

  // Pinned after a mutation run (issue 14): the mentor reads the biggest moves first, in page order otherwise.
  it('lists the biggest gains and the biggest losses first', () => {
    const previous = audit([result('a', 50), result('b', 40), result('c', 30), result('d', 90), result('e', 95), result('f', 80)]);
    const current = audit([result('a', 60), result('b', 90), result('c', 60), result('d', 80), result('e', 55), result('f', 60)]);
    const diff = compareAudits(previous, current);
    expect(diff.improved.map((p) => [p.key, p.change])).toEqual([
      ['b', 50],
      ['c', 30],
      ['a', 10],
    ]);
    expect(diff.worsened.map((p) => [p.key, p.change])).toEqual([
      ['e', -40],
      ['f', -20],
      ['d', -10],
    ]);
  });

  it('takes a move below the threshold as noise, and the threshold can be set', () => {
    expect(compareAudits(before, after, { threshold: 4 }).improved.map((p) => p.key)).toEqual(['up', 'small']);
    expect(compareAudits(before, after, { threshold: 0 }).unchanged).toEqual(['same']);
  });

  it('reports the shop score and each issue before and after', () => {
    const diff = compareAudits(before, after);
    expect(diff.meanScore).toEqual({ before: 68, after: 83.8, change: 15.8 });
    expect(diff.medianScore).toEqual({ before: 70, after: 80, change: 10 });
    expect(diff.issues).toEqual([
      { issue: 'title-promo-words', before: 2, after: 3, change: 1 },
      { issue: 'title-too-short', before: 1, after: 0, change: -1 },
      { issue: 'title-all-caps', before: 1, after: 0, change: -1 },
    ]);
    expect(compareAudits(audit([]), after).meanScore).toEqual({ before: null, after: 83.8, change: null });
  });

  it('checks last session’s action items against this page', () => {
    const previous = audit(before.products, [
      action('fixed', { ruleId: 'title-all-caps', productKey: 'up' }),
      action('still', { ruleId: 'title-promo-words', productKey: 'same' }),
      action('elsewhere', { ruleId: 'title-too-short', productKey: 'gone' }),
      action('shop-wide-done', { ruleId: 'title-too-short' }),
      action('shop-wide-open', { ruleId: 'title-promo-words' }),
      action('free-text', { text: 'Foto ulang dengan latar putih', done: true }),
      action('product-only', { productKey: 'up' }),
    ]);
    const statuses = Object.fromEntries(compareAudits(previous, after).actions.map(({ action, status }) => [action.id, status]));
    expect(statuses).toEqual({
      fixed: 'pass',
      still: 'fail',
      // Not on this page is not proof it was fixed.
      elsewhere: 'unknown',
      'shop-wide-done': 'pass',
      'shop-wide-open': 'fail',
      'free-text': 'unknown',
      'product-only': 'unknown',
    });
    expect(compareAudits(previous, audit([])).actions.find((a) => a.action.id === 'shop-wide-done')?.status).toBe('unknown');
  });

  it('follows the shop-level issues too: an import relabelled, a local product given its origin', () => {
    const previous = audit(
      [result('a', 100, { importSignals: true }), result('b', 100, { missingLocal: true })],
      [action('1', { ruleId: 'import-signal', productKey: 'a' }), action('2', { ruleId: 'local-tag-missing', productKey: 'b' })],
    );
    const current = audit([result('a', 100), result('b', 100, { missingLocal: true })]);
    const diff = compareAudits(previous, current);
    expect(diff.actions.map((a) => a.status)).toEqual(['pass', 'fail']);
    expect(diff.issues).toEqual([
      { issue: 'local-tag-missing', before: 1, after: 1, change: 0 },
      { issue: 'import-signal', before: 1, after: 0, change: -1 },
    ]);
  });
});
