/**
 * Head nouns of everyday products by kind, for the `multiple-products` rule: "Sabun + Panci +
 * Kaos" names three kinds, "Kaos + Celana" two pieces of clothing (a set), "Laptop + Tas" a
 * product with its accessory. Data: add a noun to the kind a buyer would shop it under.
 * Kinds follow the marketplaces' top-level categories (Shopee and Tokopedia category trees:
 * Pakaian, Sepatu, Tas, Elektronik/Handphone/Komputer, Perlengkapan Rumah/Dapur, Kecantikan/
 * Perawatan Tubuh, Makanan & Minuman, Ibu & Bayi, Mainan, Alat Tulis, Pertukangan); bags and shoes
 * are fashion, and accessories join the kind of the product they serve.
 */
export const PRODUCT_KINDS: Readonly<Record<string, readonly string[]>> = {
  fashion: [
    'kaos', 'kemeja', 'celana', 'jaket', 'hoodie', 'sweater', 'dress', 'gamis', 'rok', 'hijab', 'kerudung', 'jilbab', 'sepatu', 'sandal',
    'sendal', 'tas', 'dompet', 'topi', 'kaus', 'baju', 'piyama', 'daster', 'cardigan', 'blouse', 'mukena', 'jam', 'kacamata', 'sneakers',
    'kemko', 'outer', 'tunik', 'legging', 'singlet', 'kaoskaki', 'gelang', 'kalung', 'cincin', 'anting', 'bros', 'rompi',
    'blazer', 'kebaya', 'peci', 'kopiah', 'sabuk', 'syal', 'pashmina', 'jumpsuit', 'overall', 'boxer',
  ],
  electronics: [
    'hp', 'handphone', 'smartphone', 'laptop', 'notebook', 'tablet', 'charger', 'kabel', 'earphone', 'headset', 'earbuds', 'powerbank',
    'tv', 'televisi', 'speaker', 'mouse', 'keyboard', 'flashdisk', 'hardisk', 'harddisk', 'kamera', 'monitor', 'printer', 'router',
    'casing', 'case', 'adaptor', 'iphone', 'ipad', 'smartwatch', 'lampu', 'senter', 'baterai', 'batre', 'setrika', 'dispenser',
    'kulkas', 'antena', 'remote', 'cctv', 'webcam', 'mic', 'microphone', 'modem', 'ssd', 'vga', 'proyektor', 'kipas',
  ],
  kitchen: [
    'panci', 'wajan', 'teflon', 'piring', 'gelas', 'sendok', 'garpu', 'mangkok', 'mangkuk', 'toples', 'spatula', 'sutil', 'centong',
    'pisau', 'talenan', 'termos', 'kompor', 'blender', 'cangkir', 'nampan', 'baskom', 'saringan', 'parutan', 'cetakan', 'rantang', 'tumbler',
    'wok', 'dandang', 'teko', 'ceret',
  ],
  household: [
    'sapu', 'pel', 'ember', 'gayung', 'sikat', 'lap', 'keset', 'hanger', 'jemuran', 'payung', 'bantal', 'guling', 'sprei', 'selimut',
    'gorden', 'karpet', 'jepit', 'korek', 'celengan', 'rak', 'kasur', 'meja', 'kursi', 'lemari', 'handuk', 'taplak', 'vas', 'tisu',
  ],
  body: [
    'sabun', 'sampo', 'shampoo', 'odol', 'lotion', 'parfum', 'deodoran', 'serum', 'krim', 'cream', 'bedak', 'lipstik', 'lipstick',
    'masker', 'toner', 'sunscreen', 'skincare', 'facewash', 'maskara', 'eyeliner', 'cushion', 'foundation', 'pomade', 'conditioner',
    'handbody', 'pembalut', 'deodorant',
  ],
  food: [
    'kopi', 'teh', 'gula', 'beras', 'madu', 'keripik', 'kripik', 'kue', 'snack', 'mie', 'sirup', 'susu', 'coklat', 'cokelat', 'sambal',
    'abon', 'rendang', 'dodol', 'kerupuk', 'bumbu', 'rempeyek', 'tepung', 'telur', 'daging', 'bakso', 'sosis', 'nugget',
    'roti', 'biskuit', 'wafer', 'permen', 'jus',
  ],
  baby: ['popok', 'diapers', 'dot', 'stroller', 'bedong', 'gendongan'],
  toys: ['mainan', 'boneka', 'puzzle', 'lego', 'robot'],
  stationery: ['pulpen', 'bolpen', 'pensil', 'buku', 'kertas', 'penghapus', 'spidol', 'stapler', 'staples'],
  tools: ['obeng', 'tang', 'palu', 'bor', 'gergaji', 'meteran', 'kunci'],
  automotive: ['helm', 'oli', 'ban', 'aki', 'busi', 'kampas', 'spion', 'jok', 'velg', 'knalpot'],
  pets: ['pakan', 'kandang', 'whiskas'],
  sports: ['raket', 'matras', 'dumbbell', 'barbel', 'sepeda', 'shuttlecock', 'kok'],
};

/**
 * Listings that put different kinds together on purpose: gift packages and hampers, and
 * freebies ("bonus", "free", "gratis"). Not a reason to split them.
 */
export const BUNDLE_WORDS = /\b\d\s?in\s?1\b|\ball\s?in\s?one\b|\b(?:hampers?|parcel|parsel|kado|gift|souvenir|suvenir|seserahan|hantaran|sembako|bonus|free|gratis|hadiah|include|termasuk)\b/i;
