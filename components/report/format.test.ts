import { describe, expect, it } from 'vitest';
import {
  exportFileName,
  formatChange,
  formatDate,
  formatDateTime,
  formatNumber,
  formatRupiah,
  formatShare,
  safeHttpUrl,
  shopSlug,
} from './format';

const AT = '2025-03-01T05:00:00.000Z';

describe('report formatting', () => {
  it('writes dates the Indonesian way by default', () => {
    expect(formatDate(AT, 'id', 'Asia/Jakarta')).toBe('1 Maret 2025');
    expect(formatDate(AT, 'en', 'Asia/Jakarta')).toBe('1 March 2025');
    expect(formatDateTime(AT, 'id', 'Asia/Jakarta')).toMatch(/^1 Maret 2025.*12\.00$/);
  });

  it('writes numbers, shares and changes in the reader’s language', () => {
    expect(formatNumber(72.45, 'id')).toBe('72,5');
    expect(formatNumber(72.45, 'en')).toBe('72.5');
    expect(formatNumber(null, 'id')).toBe('–');
    expect(formatShare(0.426, 'id')).toMatch(/^43\s?%$/);
    expect(formatChange(9.2, 'id')).toBe('+9,2');
    expect(formatChange(-3, 'id')).toBe('\u22123');
    expect(formatChange(0, 'id')).toBe('0');
    expect(formatChange(null, 'id')).toBe('–');
  });

  it('writes Rupiah whole with dots', () => {
    expect(formatRupiah(1_250_000)).toBe('Rp1.250.000');
    expect(formatRupiah(49_999.6)).toBe('Rp50.000');
    expect(formatRupiah(undefined)).toBe('–');
  });

  it('links only to web addresses', () => {
    expect(safeHttpUrl('https://www.tokopedia.com/a/b')).toBe('https://www.tokopedia.com/a/b');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,<b>')).toBeUndefined();
    expect(safeHttpUrl('not a url')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });

  it('names export files after the shop and the day', () => {
    expect(shopSlug({ shopName: 'Batik Sari Pekalongan', url: '' })).toBe('batik-sari-pekalongan');
    expect(shopSlug({ shopName: 'Kopi Gayo Atu — Café ☕', url: '' })).toBe('kopi-gayo-atu-cafe');
    expect(shopSlug({ url: 'https://www.tokopedia.com/batiksaripekalongan/' })).toBe('batiksaripekalongan');
    expect(shopSlug({ shopName: '../../etc', url: 'x' })).toBe('etc');
    expect(shopSlug({ shopName: '🙂', url: 'nonsense' })).toBe('toko');
    expect(shopSlug({ shopName: 'a'.repeat(100), url: '' })).toHaveLength(40);
    expect(exportFileName({ shopName: 'Batik Sari', url: '', at: '2025-03-01T12:00:00.000Z' }, 'csv')).toBe(
      'audit-batik-sari-2025-03-01.csv',
    );
  });
});
