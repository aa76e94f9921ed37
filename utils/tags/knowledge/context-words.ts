/**
 * Words that say a product word is not what the listing sells (issue 13): an accessory ("bonus
 * kaos"), a part or holder of it ("tali hoodie", "saringan teh", "rak kosmetik"), what it fits
 * ("rak untuk sepatu"), or a colour ("hitam coklat"). Judgement calls from reading marketplace titles;
 * every list is matched against single-word keys (text/fold.ts), the word right before the product.
 */

/** A product after these (within three words) comes with the listing, it is not the listing. */
export const ACCESSORY_WORDS: readonly string[] = ['bonus', 'gratis', 'free', 'hadiah', 'freebies', 'freebie', 'include', 'termasuk', 'dapat'];
/** Between an accessory word and the product, these make it a shipping offer or a fit instead ("free ongkir kaos", "free size dress"). */
export const NOT_ACCESSORY_WORDS: readonly string[] = ['ongkir', 'ongkos', 'kirim', 'pengiriman', 'packing', 'bubble', 'wrap', 'wrab', 'kartu', 'ucapan', 'size', 'allsize', 'sz'];

/**
 * A product up to two words after these is what the thing holds, cleans, fits or belongs to: "tali
 * hoodie", "saringan teh", "cat gundam model kit". Crafts are exempt: "kotak anyaman" is a woven box.
 */
export const PART_WORDS: readonly string[] = [
  'tali', 'stoper', 'stopper', 'saringan', 'tempat', 'wadah', 'kotak', 'box', 'tutup', 'penutup', 'cuci', 'gantungan', 'lap', 'alas', 'tatakan',
  'dudukan', 'cetakan', 'sendok', 'kantong', 'pengering', 'sikat', 'spons', 'pembersih', 'pemotong', 'parutan', 'rak', 'toples', 'gagang',
  'hiasan', 'pajangan', 'aksesoris', 'aksesori', 'sparepart', 'organizer', 'holder', 'stand', 'mesin', 'alat', 'keranjang', 'gambar', 'stiker', 'sticker',
  'pengait', 'kaki', 'taplak', 'cover', 'pelindung', 'panci', 'teko', 'ceret', 'termos', 'dispenser', 'wajan',
  // Supplies and housings for a product: "cat gundam model kit", "lem decal", "casing hardisk", "jarum jahit piring".
  'cat', 'lem', 'decal', 'primer', 'surfacer', 'amplas', 'kuas', 'jarum', 'case', 'enclosure', 'caddy', 'docking', 'baki',
];

/** A product after these (within two words) is what the thing fits: "rak untuk sepatu", "case for iPhone". */
export const FIT_WORDS: readonly string[] = ['untuk', 'utk', 'for', 'buat', 'compatible', 'kompatibel', 'cocok'];

/** Colour names: a food word next to one is a colour too ("hitam coklat", "coklat muda"). */
export const COLOUR_NAMES: readonly string[] = [
  'hitam', 'putih', 'merah', 'biru', 'hijau', 'kuning', 'abu', 'abu abu', 'ungu', 'pink', 'cream', 'krem', 'navy', 'maroon', 'tua', 'muda', 'gelap', 'terang',
  'mocca', 'mocha', 'khaki', 'army', 'tosca', 'black', 'white', 'brown', 'grey', 'gray', 'nude', 'salem', 'milo', 'susu', 'tan',
];
/** A colour-word food is the food next to these ("coklat batang", "dark coklat", "coklat bubuk"). */
export const FOOD_CONTEXT_WORDS: readonly string[] = [
  'batang', 'bar', 'bubuk', 'dark', 'milk', 'compound', 'blok', 'praline', 'truffle', 'leleh', 'lumer', 'meses', 'chip', 'chips', 'kue', 'cake',
  'minuman', 'gram', 'gr', 'kg', 'sachet', 'premium', 'couverture', 'murni', 'asli',
];

/**
 * The listing's own words that the seller is a small business (UMKM programme evidence): the word,
 * a home-industry food permit (P-IRT, PerBPOM 22/2018), or home production.
 */
export const SMALL_BUSINESS_TERMS: readonly string[] = [
  'umkm', 'ukm', 'usaha kecil', 'usaha mikro', 'usaha rumahan', 'home industry', 'industri rumahan', 'produksi rumahan', 'pirt', 'p irt', 'spp irt',
  'homemade', 'home made', 'buatan rumah', 'pengrajin lokal', 'perajin lokal',
];

/**
 * What kitchenware is made of: food named in a title that says one of these is what the thing is
 * for ("cetakan bolu plastik", "mangkok bakso stainless"), unless the word is the food's packaging
 * ("kemasan plastik", "toples kaca").
 */
export const UTENSIL_MATERIALS: readonly string[] = ['plastik', 'stainless', 'aluminium', 'alumunium', 'melamin', 'melamine', 'enamel', 'seng', 'silikon', 'silicone'];
export const PACKAGING_WORDS: readonly string[] = ['kemasan', 'toples', 'botol', 'pouch', 'plastik klip', 'standing', 'kotak', 'dus', 'box'];
