/**
 * Everyday goods: fashion, phone accessories, beauty, home. They give imported and resold
 * listings honest product tags; none of them is evidence that a product is local. Names as in
 * the marketplaces' own category trees (Tokopedia, Shopee Indonesia).
 */
import type { LexiconEntry } from './types';

const item = { kind: 'product' } as const;
/** Electronics, cosmetics and perfume are not made of craft materials: "kulit" on skincare is skin, "woody" a scent. */
const notCrafted = { ...item, noMaterial: true } as const;

export const GOODS: readonly LexiconEntry[] = [
  { id: 'kemeja', label: 'Kemeja', terms: ['kemeja', 'hem', 'kemeja pria', 'kemeja wanita'], ...item },
  { id: 'kaos', label: 'Kaos', terms: ['kaos', 'kaos oblong', 't shirt', 'tshirt', 'tee'], ...item },
  { id: 'dress', label: 'Dress', terms: ['dress', 'gaun', 'midi dress', 'maxi dress'], ...item },
  { id: 'gamis', label: 'Gamis', terms: ['gamis'], ...item },
  { id: 'hijab', label: 'Hijab', terms: ['hijab', 'jilbab', 'kerudung', 'pashmina'], ...item },
  { id: 'blus', label: 'Blus', terms: ['blus', 'blouse'], ...item },
  { id: 'outer', label: 'Outer', terms: ['outer', 'cardigan', 'kardigan'], ...item },
  { id: 'jaket', label: 'Jaket', terms: ['jaket', 'jacket', 'hoodie', 'sweater', 'hodie'], ...item },
  { id: 'celana', label: 'Celana', terms: ['celana', 'jeans', 'kulot'], ...item },
  { id: 'daster', label: 'Daster', terms: ['daster'], ...item },
  { id: 'sarung', label: 'Sarung', terms: ['sarung'], ...item },
  { id: 'kain', label: 'Kain', terms: ['kain', 'kain panjang', 'jarik', 'jarit', 'bahan kain'], ...item },
  { id: 'selendang', label: 'Selendang', terms: ['selendang', 'syal', 'scarf'], ...item },
  // A bare "bag" is as often a pack ("detergen fresh bag", "drip bag"): only bags by name.
  { id: 'tas', label: 'Tas', terms: ['tas', 'handbag', 'hand bag', 'totebag', 'tote bag', 'sling bag', 'shoulder bag', 'crossbody bag', 'backpack', 'tas selempang'], ...item },
  { id: 'dompet', label: 'Dompet', terms: ['dompet', 'wallet'], ...item },
  { id: 'sepatu', label: 'Sepatu', terms: ['sepatu', 'shoes', 'sneakers', 'pantofel'], ...item },
  { id: 'sandal', label: 'Sandal', terms: ['sandal', 'sendal'], ...item },
  { id: 'topi', label: 'Topi', terms: ['topi'], ...item },
  { id: 'jam-tangan', label: 'Jam Tangan', terms: ['jam tangan', 'arloji', 'watch', 'smartwatch'], ...item },
  { id: 'perhiasan', label: 'Perhiasan', terms: ['perhiasan', 'cincin', 'kalung', 'gelang', 'anting', 'bros'], ...item },
  // A bare "case", "softcase" or "hardcase" is as often a hard-disk, watch or keyboard case: only phone cases by name.
  { id: 'case-hp', label: 'Case HP', terms: ['case hp', 'softcase hp', 'softcase iphone', 'softcase samsung', 'softcase oppo', 'softcase vivo', 'softcase xiaomi', 'case iphone', 'case samsung', 'case oppo', 'case vivo', 'case xiaomi', 'case redmi', 'case realme', 'case infinix', 'phone case', 'custom case', 'silikon hp'], ...item },
  { id: 'charger', label: 'Charger', terms: ['charger', 'kepala charger', 'adaptor charger'], ...notCrafted },
  { id: 'kabel-data', label: 'Kabel Data', terms: ['kabel data', 'kabel charger', 'kabel type c', 'usb cable'], ...notCrafted },
  { id: 'earphone', label: 'Earphone', terms: ['earphone', 'headset', 'earbuds', 'tws', 'headphone'], ...notCrafted },
  { id: 'powerbank', label: 'Powerbank', terms: ['powerbank', 'power bank'], ...notCrafted },
  { id: 'tempered-glass', label: 'Tempered Glass', terms: ['tempered glass', 'anti gores'], ...notCrafted },
  { id: 'skincare', label: 'Skincare', terms: ['skincare', 'skin care', 'serum', 'toner', 'moisturizer', 'moisturiser', 'sunscreen', 'sunblock', 'facial wash', 'face wash', 'facial foam', 'cleanser', 'night cream', 'day cream', 'krim wajah', 'cream wajah', 'sabun cuci muka', 'sabun muka', 'essence', 'exfoliating toner'], ...notCrafted },
  { id: 'kosmetik', label: 'Kosmetik', terms: ['kosmetik', 'lipstik', 'lipstick', 'lip tint', 'lip cream', 'bedak', 'cushion', 'maskara', 'mascara', 'foundation', 'eyeliner', 'blush on'], ...notCrafted },
  { id: 'parfum', label: 'Parfum', terms: ['parfum', 'perfume', 'eau de parfum', 'eau de toilette', 'edp', 'edt', 'extrait de parfum', 'body mist', 'minyak wangi'], ...notCrafted },
  { id: 'mainan', label: 'Mainan', terms: ['mainan', 'boneka', 'toys'], ...item },
  { id: 'mebel', label: 'Mebel', terms: ['mebel', 'meubel', 'furniture', 'furnitur'], ...item },
  { id: 'kursi', label: 'Kursi', terms: ['kursi'], parents: ['mebel'], ...item },
  { id: 'meja', label: 'Meja', terms: ['meja'], parents: ['mebel'], ...item },
  { id: 'lampu', label: 'Lampu', terms: ['lampu', 'lamp', 'lampu hias'], ...item },
  { id: 'vas', label: 'Vas Bunga', terms: ['vas', 'vas bunga', 'pot bunga'], ...item },
  { id: 'piring', label: 'Piring', terms: ['piring', 'mangkok', 'mangkuk', 'mangko'], ...item },
  { id: 'gelas', label: 'Gelas', terms: ['gelas', 'mug', 'cangkir'], ...item },
  { id: 'keranjang', label: 'Keranjang', terms: ['keranjang', 'basket'], ...item },
  // Words whose parts are other products ("kaos kaki" is socks, not a T-shirt): issue 13.
  { id: 'kaos-kaki', label: 'Kaos Kaki', terms: ['kaos kaki', 'socks'], ...item },
  { id: 'sarung-tangan', label: 'Sarung Tangan', terms: ['sarung tangan', 'kaos tangan', 'gloves'], ...item },
  { id: 'sarung-bantal', label: 'Sarung Bantal', terms: ['sarung bantal', 'sarung guling'], ...item },
  // Everyday goods that lead titles, so what follows them is read as what they hold or fit.
  { id: 'smartphone', label: 'Smartphone', terms: ['smartphone', 'hp android', 'ponsel'], ...notCrafted },
  { id: 'laptop', label: 'Laptop', terms: ['laptop', 'laptop gaming', 'notebook gaming'], ...notCrafted },
  { id: 'tv', label: 'TV', terms: ['tv led', 'led tv', 'smart tv', 'televisi', 'tv'], ...notCrafted },
  { id: 'hardisk', label: 'Hardisk Eksternal', terms: ['hardisk', 'harddisk', 'hard disk', 'hard drive', 'hardisk eksternal', 'hardisk external'], ...notCrafted },
  { id: 'flashdisk', label: 'Flashdisk', terms: ['flashdisk', 'flash disk', 'flash drive'], ...notCrafted },
  { id: 'keyboard', label: 'Keyboard', terms: ['keyboard', 'keycaps', 'keycap', 'keyboard mechanical'], ...notCrafted },
  { id: 'mouse', label: 'Mouse', terms: ['mouse', 'mouse gaming'], ...notCrafted },
  { id: 'konsol-game', label: 'Konsol Game', terms: ['konsol', 'console', 'konsol game'], ...notCrafted },
  { id: 'model-kit', label: 'Model Kit', terms: ['model kit', 'gunpla', 'plamo'], ...notCrafted },
  { id: 'sabun', label: 'Sabun', terms: ['sabun', 'sabun mandi', 'body wash'], ...notCrafted },
  { id: 'toples', label: 'Toples', terms: ['toples', 'stoples'], ...item },
  { id: 'rak', label: 'Rak', terms: ['rak', 'rak piring', 'rak dapur'], ...item },
  // Floor and wall tiles are "keramik" too: a building material, not the ceramics craft.
  { id: 'keramik-lantai', label: 'Keramik Lantai', terms: ['keramik lantai', 'lantai keramik', 'keramik dinding', 'ubin keramik', 'nat keramik', 'granit keramik', 'keramik granit'], ...notCrafted },
  { id: 'pupuk', label: 'Pupuk', terms: ['pupuk', 'pupuk organik'], ...notCrafted },
  { id: 'hiasan-dinding', label: 'Hiasan Dinding', terms: ['hiasan dinding', 'wall decor', 'pajangan dinding'], ...item },
];
