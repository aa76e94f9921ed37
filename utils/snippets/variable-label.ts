/**
 * What a seller reads for a template variable outside the snippet editor: "Nama toko", not
 * `{{nama_toko}}` (issue 15: no template syntax shown anywhere but the editor). Shop values and
 * built-ins have their own words; a seller's own value shows the name they gave it, with spaces.
 */
import { t, type Language, type MessageKey } from '../i18n';
import type { BUILT_IN_VARIABLES, SHOP_VARIABLES } from './template-ast';

const LABELS: Record<(typeof SHOP_VARIABLES)[number] | (typeof BUILT_IN_VARIABLES)[number], MessageKey> = {
  nama_toko: 'options_variable_nama_toko',
  kota: 'options_variable_kota',
  tanggal: 'options_variable_tanggal',
  judul: 'field_title',
  harga: 'field_priceIdr',
  berat: 'field_weightGrams',
  kategori: 'field_category',
  stok: 'field_stock',
};

export function variableLabel(language: Language, name: string): string {
  const key = Object.hasOwn(LABELS, name) ? LABELS[name as keyof typeof LABELS] : undefined;
  return key ? t(language, key) : name.replace(/_/g, ' ');
}
