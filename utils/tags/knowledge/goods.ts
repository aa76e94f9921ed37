/**
 * Everyday goods: fashion, phone accessories, beauty, home. They give imported and resold
 * listings honest product tags; none of them is evidence that a product is local. Names as in
 * the marketplaces' own category trees (Tokopedia, Shopee Indonesia).
 */
import type { LexiconEntry } from './types';

const item = { kind: 'product' } as const;

export const GOODS: readonly LexiconEntry[] = [
  { id: 'kemeja', label: 'Kemeja', terms: ['kemeja', 'hem', 'kemeja pria', 'kemeja wanita'], ...item },
  { id: 'kaos', label: 'Kaos', terms: ['kaos', 'kaos oblong', 't shirt', 'tshirt', 'tee'], ...item },
  { id: 'dress', label: 'Dress', terms: ['dress', 'gaun', 'midi dress', 'maxi dress'], ...item },
  { id: 'gamis', label: 'Gamis', terms: ['gamis'], ...item },
  { id: 'hijab', label: 'Hijab', terms: ['hijab', 'jilbab', 'kerudung', 'pashmina'], ...item },
  { id: 'blus', label: 'Blus', terms: ['blus', 'blouse'], ...item },
  { id: 'outer', label: 'Outer', terms: ['outer', 'cardigan', 'kardigan'], ...item },
  { id: 'jaket', label: 'Jaket', terms: ['jaket', 'jacket', 'hoodie'], ...item },
  { id: 'celana', label: 'Celana', terms: ['celana', 'jeans', 'kulot'], ...item },
  { id: 'daster', label: 'Daster', terms: ['daster'], ...item },
  { id: 'sarung', label: 'Sarung', terms: ['sarung'], ...item },
  { id: 'kain', label: 'Kain', terms: ['kain', 'kain panjang', 'jarik', 'jarit', 'bahan kain'], ...item },
  { id: 'selendang', label: 'Selendang', terms: ['selendang', 'syal', 'scarf'], ...item },
  { id: 'tas', label: 'Tas', terms: ['tas', 'bag', 'handbag', 'totebag', 'tote bag', 'sling bag', 'tas selempang'], ...item },
  { id: 'dompet', label: 'Dompet', terms: ['dompet', 'wallet'], ...item },
  { id: 'sepatu', label: 'Sepatu', terms: ['sepatu', 'shoes', 'sneakers', 'pantofel'], ...item },
  { id: 'sandal', label: 'Sandal', terms: ['sandal', 'sendal'], ...item },
  { id: 'topi', label: 'Topi', terms: ['topi'], ...item },
  { id: 'jam-tangan', label: 'Jam Tangan', terms: ['jam tangan', 'arloji', 'watch', 'smartwatch'], ...item },
  { id: 'perhiasan', label: 'Perhiasan', terms: ['perhiasan', 'cincin', 'kalung', 'gelang', 'anting', 'bros'], ...item },
  { id: 'case-hp', label: 'Case HP', terms: ['case hp', 'case', 'softcase', 'soft case', 'hardcase', 'hard case', 'case iphone', 'case samsung', 'silikon hp'], ...item },
  { id: 'charger', label: 'Charger', terms: ['charger', 'kepala charger', 'adaptor charger'], ...item },
  { id: 'kabel-data', label: 'Kabel Data', terms: ['kabel data', 'kabel charger', 'kabel type c', 'usb cable'], ...item },
  { id: 'earphone', label: 'Earphone', terms: ['earphone', 'headset', 'earbuds', 'tws', 'headphone'], ...item },
  { id: 'powerbank', label: 'Powerbank', terms: ['powerbank', 'power bank'], ...item },
  { id: 'tempered-glass', label: 'Tempered Glass', terms: ['tempered glass', 'anti gores'], ...item },
  { id: 'skincare', label: 'Skincare', terms: ['skincare', 'serum', 'toner', 'moisturizer', 'sunscreen', 'facial wash'], ...item },
  { id: 'kosmetik', label: 'Kosmetik', terms: ['kosmetik', 'lipstik', 'lipstick', 'lip tint', 'bedak', 'cushion', 'maskara'], ...item },
  { id: 'parfum', label: 'Parfum', terms: ['parfum', 'perfume', 'eau de parfum', 'edp'], ...item },
  { id: 'mainan', label: 'Mainan', terms: ['mainan', 'boneka', 'toys'], ...item },
  { id: 'mebel', label: 'Mebel', terms: ['mebel', 'meubel', 'furniture', 'furnitur'], ...item },
  { id: 'kursi', label: 'Kursi', terms: ['kursi'], parents: ['mebel'], ...item },
  { id: 'meja', label: 'Meja', terms: ['meja'], parents: ['mebel'], ...item },
  { id: 'lampu', label: 'Lampu', terms: ['lampu', 'lamp', 'lampu hias'], ...item },
  { id: 'vas', label: 'Vas Bunga', terms: ['vas', 'vas bunga', 'pot bunga'], ...item },
  { id: 'piring', label: 'Piring', terms: ['piring', 'mangkok', 'mangkuk'], ...item },
  { id: 'gelas', label: 'Gelas', terms: ['gelas', 'mug', 'cangkir'], ...item },
  { id: 'keranjang', label: 'Keranjang', terms: ['keranjang', 'basket'], ...item },
  { id: 'hiasan-dinding', label: 'Hiasan Dinding', terms: ['hiasan dinding', 'wall decor', 'pajangan dinding'], ...item },
];
