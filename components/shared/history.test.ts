import { describe, expect, it } from 'vitest';
import { audit } from '../../tests/support/test-audits';
import type { SavedAudit } from '../../utils/db';
import { groupByShop } from './history';

const saved = (id: number, shopKey: string, at: string, shopName?: string): SavedAudit => {
  const { shopName: _name, ...rest } = audit([]);
  return { id, shopKey, audit: { ...rest, at, ...(shopName !== undefined && { shopName }) } };
};

describe('audit history', () => {
  it('groups by shop, shops and audits newest first', () => {
    const groups = groupByShop([
      saved(1, 'tokopedia:/a', '2025-01-01T00:00:00.000Z', 'Toko A lama'),
      saved(2, 'shopee:/b', '2025-02-01T00:00:00.000Z', 'Toko B'),
      saved(3, 'tokopedia:/a', '2025-03-01T00:00:00.000Z', '  '),
      saved(4, 'tokopedia:/a', '2025-03-01T00:00:00.000Z'),
    ]);
    expect(groups.map((g) => g.shopKey)).toEqual(['tokopedia:/a', 'shopee:/b']);
    expect(groups[0]!.audits.map((a) => a.id)).toEqual([4, 3, 1]);
    expect(groups[0]!.shopName).toBe('Toko A lama');
    expect(groups[1]).toMatchObject({ shopName: 'Toko B', audits: [{ id: 2 }] });
  });

  it('is empty without audits', () => {
    expect(groupByShop([])).toEqual([]);
  });
});
