import { describe, expect, it } from 'vitest';
import { titleKeywordStuffing } from './title-keyword-stuffing';
import { listingWith, runRule } from '../test-listings';

const check = (title: string) => runRule(titleKeywordStuffing, listingWith({ title }));

describe('title-keyword-stuffing', () => {
  it('flags a word repeated three times', () => {
    expect(check('Kaos Polos Kaos Distro Kaos Murah')[0]).toMatchObject({ severity: 'warning', params: ['Kaos', '3'] });
  });

  it('flags two words each said twice', () => {
    expect(check('Sepatu Sneakers Pria Sepatu Sneakers Wanita')).toHaveLength(1);
  });

  it('flags long lists and many brands', () => {
    expect(check('Sepatu/Sandal/Boots/Sneakers/Heels Wanita')[0]?.messageKey).toBe('rule_title_keyword_stuffing_list');
    const brands = check('Case HP Samsung Oppo Vivo Xiaomi Redmi Silikon')[0];
    expect(brands).toMatchObject({ messageKey: 'rule_title_keyword_stuffing_brands', params: ['Samsung, Oppo, Vivo, Xiaomi'] });
  });

  it('stays quiet for reduplication, sizes and a single brand', () => {
    expect(check('Kaos Anak Laki-Laki Kupu Kupu Lengan Pendek')).toEqual([]);
    expect(check('Kaos Polos Ukuran S/M/L/XL/XXL')).toEqual([]);
    expect(check('Case Samsung A12 A13 A14 Silikon Bening')).toEqual([]);
  });
});
