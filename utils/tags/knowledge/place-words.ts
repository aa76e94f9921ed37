/**
 * How much to trust a place name found in free text. Many kabupaten/kota are also common words
 * (Batu = stone, Batang = stick, Kuningan = brass, Palu = hammer, Pati = starch, Banjar = row);
 * reading them as places would tag "Kayu Manis Batang" as from Batang. Judgement calls, reviewed by hand.
 */

/** Named as places only after an origin word ("khas", "asli", "dari"…) or "Kab."/"Kota": never by themselves. */
export const STRICT_PLACE_WORDS: readonly string[] = [
  'batu', 'batang', 'kuningan', 'palu', 'pati', 'banjar', 'bone', 'buru', 'serang', 'metro', 'puncak', 'landak',
  'lebak', 'agam', 'belu', 'tual', 'kaur', 'sigi', 'karo', 'siak', 'dairi', 'bungo', 'tebo', 'muna', 'seram',
  'lingga', 'malaka', 'lahat', 'sabang', 'babat', 'mas', 'java', 'asahan', 'kapuas', 'barru', 'poso', 'tapin', 'paser', 'jawa',
];

/** Named as places after an origin word, "Kab."/"Kota", or right after a product ("Dodol Garut", "Rendang Padang"). */
export const ADJACENT_PLACE_WORDS: readonly string[] = [
  'padang', 'tegal', 'kudus', 'banda', 'ende', 'bima', 'sorong', 'meranti', 'kendal', 'blora', 'gowa', 'maros',
  'pinrang', 'wajo', 'luwu', 'solok', 'kampar', 'pidie', 'nias', 'deli', 'sampang', 'flores', 'jember', 'tuban',
];

/**
 * Phrases whose words mean something else here, so none of them is read: "pisang ambon" is a banana
 * variety, not Ambon; "honey process" is a way of processing coffee, not honey; "daun jati" is a leaf
 * used for ecoprint dyeing, not teak; "kulit lumpia" is a wrapper, not leather.
 */
export const MASKING_PHRASES: readonly string[] = [
  'pisang ambon', 'jeruk bali', 'kacang bogor', 'dari sabang sampai merauke', 'sabang sampai merauke', 'ayam bangkok',
  'kota kembang', 'malang melintang', 'padang pasir', 'padang rumput', 'jawa pos', 'solo karir', 'solo traveler',
  'honey process', 'proses honey', 'honey processed', 'jambu bangkok', 'kelengkeng bangkok', 'durian bangkok', 'pepaya bangkok', 'ayam bangkok', 'daun jati', 'daun pandan', 'pandan wangi', 'kulit lumpia', 'kulit pangsit', 'kulit risol', 'kulit kopi', 'kulit jeruk',
];

/** One-word spellings of names the kabupaten/kota list writes in two words. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  fakfak: 'Fak Fak',
  parepare: 'Pare Pare',
  baubau: 'Bau Bau',
  tolitoli: 'Toli Toli',
  mukomuko: 'Muko Muko',
  'palangka raya': 'Palangkaraya',
  tanjungpinang: 'Tanjung Pinang',
  pangkalpinang: 'Pangkal Pinang',
  'gunung kidul': 'Gunungkidul',
  'labuhan batu': 'Labuhanbatu',
  jabodetabek: 'DKI Jakarta',
  ntt: 'Nusa Tenggara Timur',
  ntb: 'Nusa Tenggara Barat',
  jabar: 'Jawa Barat',
  jateng: 'Jawa Tengah',
  jatim: 'Jawa Timur',
  sumut: 'Sumatera Utara',
  sumbar: 'Sumatera Barat',
  sumsel: 'Sumatera Selatan',
  sulsel: 'Sulawesi Selatan',
  sulut: 'Sulawesi Utara',
  kalsel: 'Kalimantan Selatan',
  kalbar: 'Kalimantan Barat',
  kaltim: 'Kalimantan Timur',
  babel: 'Kepulauan Bangka Belitung',
  'bangka belitung': 'Kepulauan Bangka Belitung',
};

/** Words around a place name in a location field that are not part of the name ("Kab. Bantul", "Kec. Celuk"). */
export const PLACE_PREFIXES: readonly string[] = ['kab', 'kabupaten', 'kota', 'kec', 'kecamatan', 'provinsi', 'prov', 'desa', 'kampung', 'adm', 'administrasi'];

/** A place after these words is where the parcel ships from, not where the product is made ("dikirim dari Jakarta"). */
export const SHIPPING_WORDS: readonly string[] = [
  'kirim', 'dikirim', 'pengiriman', 'ekspedisi', 'gudang', 'ready', 'stok', 'stock', 'cod', 'area', 'wilayah', 'lokasi', 'toko', 'alamat',
  'domisili', 'cabang', 'pickup', 'ambil', 'sameday', 'instan', 'ongkir', 'tersedia', 'warehouse', 'seller',
];

/**
 * Foreign wholesale and fashion cities resellers name as a product's source ("Tas Wanita Guangzhou").
 * The shared import detector (quality/detectors/import-signals.ts) leaves bare city names out because
 * some are also Indonesian fruit and poultry varieties ("jambu bangkok"); here MASKING_PHRASES handles
 * those, so a city named alone still withholds local-product tags.
 */
export const FOREIGN_SOURCE_CITIES: readonly string[] = [
  'guangzhou', 'yiwu', 'shenzhen', 'shanghai', 'hangzhou', 'beijing', 'seoul', 'busan', 'tokyo', 'osaka', 'bangkok', 'taipei', 'hanoi', 'ho chi minh', 'istanbul', 'dubai',
];
