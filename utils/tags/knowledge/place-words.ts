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
  // "DIY" is do-it-yourself far more often than Daerah Istimewa Yogyakarta; Jabodetabek is a delivery area (issue 13).
  'diy', 'jabodetabek', 'jadetabek',
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
  'pisang ambon', 'jeruk bali', 'enamel lurik', 'seng lurik', 'mug lurik', 'cangkir lurik', 'piring lurik', 'gelas lurik', 'rantang lurik', 'blirik', 'kacang bogor', 'dari sabang sampai merauke', 'sabang sampai merauke', 'ayam bangkok',
  'kota kembang', 'malang melintang', 'padang pasir', 'padang rumput', 'jawa pos', 'solo karir', 'solo traveler',
  'honey process', 'proses honey', 'honey processed', 'jambu bangkok',
  'kulit wajah', 'kulit berjerawat', 'kulit kering', 'kulit berminyak', 'kulit sensitif', 'kulit kusam', 'kulit kepala', 'kulit tubuh', 'kulit normal',
  'kulit bayi', 'kulit putih', 'kulit cerah', 'jenis kulit', 'semua kulit', 'perawatan kulit', 'kesehatan kulit', 'kulit glowing', 'kulit kombinasi', 'kulit pisang', 'kulit ayam',
  'drip bag', 'dripbag', 'tea bag', 'teabag', 'kantong teh', 'sleeping bag', 'bean bag', 'air bag', 'airbag', 'vanilla milk', 'milk vanilla',
  'susu vanila', 'es teh', 'sendok teh', 'daun teh', 'kaos lampu', 'kaos lampu petromak', 'kaki meja', 'taplak meja', 'lampu meja', 'jam meja', 'jam dinding', 'kursi roda', 'coffee lake', 'kelengkeng bangkok', 'durian bangkok', 'pepaya bangkok', 'ayam bangkok', 'daun jati', 'daun pandan', 'pandan wangi', 'kulit lumpia', 'kulit pangsit', 'kulit risol', 'kulit kopi', 'kulit jeruk',
];

/**
 * Phrases that name a feature or a finish, not what the product is made of: an iPhone's "Ceramic
 * Shield" is glass, a "wood grain" case is plastic, "motif kayu" is a print (issue 13).
 */
export const FEATURE_PHRASES: readonly string[] = [
  'ceramic shield', 'ceramic coating', 'keramik anti lengket', 'ceramic non stick', 'ceramic nonstick', 'coating ceramic', 'lapisan ceramic', 'nano ceramic', 'lapisan keramik', 'coating keramik', 'ceramic heater', 'ceramic plate', 'ceramic disc', 'ceramic tourmaline', 'ceramic blade',
  'wood grain', 'woodgrain', 'motif kayu', 'serat kayu', 'corak kayu', 'tekstur kayu', 'woody', 'wood notes', 'leather notes', 'notes leather', 'aroma kayu',
  'motif kulit', 'tekstur kulit', 'leather look', 'leather texture', 'kulit jeruk', 'motif rotan', 'motif anyaman', 'motif bambu', 'silver ion', 'warna silver', 'gold plated', 'lapis perak', 'sepuh perak',
  'bamboo charcoal', 'bamboo fiber', 'serat bambu',
  // Parts named after the product they protect or fix: "keyboard cover", "cincin selang" (a hose ring).
  'sarung cover', 'sarung pelindung', 'sarung jok', 'sarung kursi', 'sarung galon', 'sarung hp', 'sarung perangkat', 'sarung bantal kursi',
  'keyboard cover', 'keyboard protector', 'cover keyboard', 'pelindung keyboard', 'cincin selang', 'cincin piston', 'o ring',
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
  jadetabek: 'DKI Jakarta',
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
  'domisili', 'cabang', 'pickup', 'ambil', 'sameday', 'ongkir', 'tersedia', 'warehouse', 'seller',
  // "khusus kota Jambi", "OTR Jadetabek", "agen Makassar": who may order, or who sells, not where it is made (issue 13).
  'khusus', 'otr', 'agen', 'agent', 'distributor', 'reseller', 'dropship', 'official', 'store', 'shop', 'outlet', 'kurir', 'gosend', 'grab', 'gojek',
  'antar', 'sekitar', 'luar', 'dalam', 'jangkauan', 'layanan', 'melayani', 'free', 'gratis', 'kantor', 'pusat', 'showroom', 'tinggal',
];

/**
 * Words after which a place is the product's flavour or name, not where it is made: "rasa Soto
 * Lamongan", "varian Bali".
 */
export const PLACE_FLAVOUR_WORDS: readonly string[] = ['rasa', 'varian', 'aroma', 'flavour', 'flavor', 'series', 'edition', 'edisi', 'seri'];
/** Right before a place, these make it a print: "motif Bali", "sablon Jogja" (but "motif kuda Sumba" is Sumba's). */
export const PLACE_PRINT_WORDS: readonly string[] = ['tema', 'motif', 'gambar', 'sablon', 'tulisan'];

/**
 * Foreign wholesale and fashion cities resellers name as a product's source ("Tas Wanita Guangzhou").
 * The shared import detector (quality/detectors/import-signals.ts) leaves bare city names out because
 * some are also Indonesian fruit and poultry varieties ("jambu bangkok"); here MASKING_PHRASES handles
 * those, so a city named alone still withholds local-product tags.
 */
export const FOREIGN_SOURCE_CITIES: readonly string[] = [
  'guangzhou', 'yiwu', 'shenzhen', 'shanghai', 'hangzhou', 'beijing', 'seoul', 'busan', 'tokyo', 'osaka', 'bangkok', 'taipei', 'hanoi', 'ho chi minh', 'istanbul', 'dubai',
];

/**
 * Big trading cities where resellers and warehouses cluster. Named plainly in a craft or food title
 * ("Kopi Gayo Murah Jakarta", "Keripik Pedas Surabaya") they are usually where the shop is, so they
 * count as an origin only with an origin word, right after the product, when they are known for it,
 * or when they are the seller's own city. Other places named in a craft or food title are read as its origin.
 */
export const TRADING_CITIES: readonly string[] = [
  'Jakarta', 'Jakarta Pusat', 'Jakarta Utara', 'Jakarta Barat', 'Jakarta Selatan', 'Jakarta Timur', 'Bekasi', 'Tangerang', 'Tangerang Selatan', 'Depok',
  'Surabaya', 'Medan', 'Makassar', 'Batam',
];
