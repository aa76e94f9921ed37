/**
 * Food and drink product types. Sources: KBBI for names and standard spellings (kerupuk,
 * keripik, cokelat, sambal); BPOM/P-IRT food-type names for the grouping; English equivalents
 * as used by Indonesian exporters and the Kemendag "Indonesian Spices" catalogue.
 * `local` marks dishes and snacks whose very name is Indonesian (rendang, rempeyek); coffee,
 * tea, honey and spices are grown elsewhere too, so they need a place to count as local.
 */
import type { LexiconEntry } from './types';

const food = { kind: 'product', food: true } as const;
const dish = { ...food, local: true } as const;

export const FOODS: readonly LexiconEntry[] = [
  { id: 'kopi', label: 'Kopi', terms: ['kopi', 'coffee', 'biji kopi', 'kopi bubuk', 'bubuk kopi', 'green bean', 'roasted bean'], en: 'Indonesian Coffee', ...food, flavour: true },
  { id: 'kopi-arabika', label: 'Kopi Arabika', terms: ['kopi arabika', 'arabika', 'arabika coffee'], parents: ['kopi'], en: 'Arabica Coffee', ...food },
  { id: 'kopi-robusta', label: 'Kopi Robusta', terms: ['kopi robusta', 'robusta', 'robusta coffee'], parents: ['kopi'], en: 'Robusta Coffee', ...food },
  { id: 'kopi-liberika', label: 'Kopi Liberika', terms: ['kopi liberika', 'liberika', 'liberika coffee'], parents: ['kopi'], en: 'Liberica Coffee', ...food },
  { id: 'kopi-luwak', label: 'Kopi Luwak', terms: ['kopi luwak', 'luwak coffee'], parents: ['kopi'], en: 'Civet Coffee (Kopi Luwak)', ...dish },
  { id: 'teh', label: 'Teh', terms: ['teh', 'tea', 'teh hijau', 'teh hitam', 'teh tubruk'], en: 'Tea', ...food, flavour: true },
  { id: 'madu', label: 'Madu', terms: ['madu', 'honey', 'madu murni', 'madu asli'], en: 'Honey', ...food, flavour: true },
  { id: 'madu-hutan', label: 'Madu Hutan', terms: ['madu hutan', 'wild honey', 'forest honey'], parents: ['madu'], en: 'Wild Forest Honey', ...food },
  { id: 'madu-klanceng', label: 'Madu Klanceng', terms: ['madu klanceng', 'klanceng', 'madu trigona', 'trigona', 'stingless bee honey'], parents: ['madu'], en: 'Stingless Bee Honey', ...dish },
  { id: 'keripik', label: 'Keripik', terms: ['keripik', 'chips'], en: 'Indonesian Chips (Keripik)', ...dish },
  { id: 'keripik-tempe', label: 'Keripik Tempe', terms: ['keripik tempe', 'tempe chips', 'tempeh chips'], parents: ['keripik'], en: 'Tempeh Chips', ...dish },
  { id: 'keripik-singkong', label: 'Keripik Singkong', terms: ['keripik singkong', 'keripik ubi kayu', 'cassava chips', 'keripik sanjai', 'sanjai'], parents: ['keripik'], en: 'Cassava Chips', ...dish },
  { id: 'keripik-pisang', label: 'Keripik Pisang', terms: ['keripik pisang', 'banana chips', 'sale pisang'], parents: ['keripik'], en: 'Banana Chips', ...dish },
  { id: 'keripik-kentang', label: 'Keripik Kentang', terms: ['keripik kentang', 'potato chips'], parents: ['keripik'], en: 'Potato Chips', ...dish },
  { id: 'kerupuk', label: 'Kerupuk', terms: ['kerupuk', 'crackers'], en: 'Indonesian Crackers (Kerupuk)', ...dish },
  { id: 'kerupuk-udang', label: 'Kerupuk Udang', terms: ['kerupuk udang', 'prawn crackers', 'shrimp crackers'], parents: ['kerupuk'], en: 'Prawn Crackers', ...dish },
  { id: 'kerupuk-ikan', label: 'Kerupuk Ikan', terms: ['kerupuk ikan', 'fish crackers'], parents: ['kerupuk'], en: 'Fish Crackers', ...dish },
  { id: 'kerupuk-kulit', label: 'Kerupuk Kulit', terms: ['kerupuk kulit', 'krecek', 'rambak'], parents: ['kerupuk'], en: 'Beef Skin Crackers', ...dish },
  { id: 'rempeyek', label: 'Rempeyek', terms: ['rempeyek', 'rempeyek kacang'], en: 'Rempeyek Peanut Crackers', ...dish },
  { id: 'rengginang', label: 'Rengginang', terms: ['rengginang'], en: 'Rengginang Rice Crackers', ...dish },
  { id: 'emping', label: 'Emping', terms: ['emping', 'emping melinjo'], en: 'Melinjo Crackers', ...dish },
  { id: 'sambal', label: 'Sambal', terms: ['sambal', 'sambal bawang', 'sambal cumi', 'sambal teri'], en: 'Sambal Chili Sauce', ...dish },
  { id: 'sambal-roa', label: 'Sambal Roa', terms: ['sambal roa', 'sambal ikan roa'], parents: ['sambal'], en: 'Smoked Garfish Sambal (Roa)', from: ['Manado', 'Sulawesi Utara'], ...dish }, // wiki/Sambal_roa
  { id: 'sambal-matah', label: 'Sambal Matah', terms: ['sambal matah'], parents: ['sambal'], en: 'Balinese Raw Sambal (Matah)', from: ['Bali'], ...dish }, // wiki/Sambal_matah
  { id: 'seblak', label: 'Seblak', terms: ['seblak', 'seblak kering', 'seblak instan'], en: 'Seblak Spicy Crackers', ...dish },
  { id: 'dodol', label: 'Dodol', terms: ['dodol'], en: 'Dodol Sweet Rice Toffee', ...dish },
  { id: 'jenang', label: 'Jenang', terms: ['jenang'], en: 'Jenang Javanese Toffee', ...dish },
  { id: 'bakpia', label: 'Bakpia', terms: ['bakpia', 'bakpia pathok', 'bakpia patok'], en: 'Bakpia Pastry', ...dish },
  { id: 'wingko', label: 'Wingko', terms: ['wingko', 'wingko babat'], en: 'Wingko Coconut Cake', ...dish },
  { id: 'brem', label: 'Brem', terms: ['brem'], en: 'Brem Fermented Rice Cake', ...dish },
  { id: 'pempek', label: 'Pempek', terms: ['pempek', 'empek empek'], en: 'Pempek Fish Cake', ...dish },
  { id: 'bika-ambon', label: 'Bika Ambon', terms: ['bika ambon'], en: 'Bika Ambon Cake', ...dish },
  { id: 'gudeg', label: 'Gudeg', terms: ['gudeg', 'gudeg kaleng'], en: 'Gudeg Jackfruit Stew', ...dish },
  { id: 'rendang', label: 'Rendang', terms: ['rendang', 'randang'], en: 'Rendang', ...dish },
  { id: 'abon', label: 'Abon', terms: ['abon', 'abon sapi', 'abon ayam', 'abon ikan', 'abon tuna'], en: 'Meat Floss (Abon)', ...dish },
  { id: 'bandeng-asap', label: 'Bandeng Asap', terms: ['bandeng asap', 'smoked milkfish'], en: 'Smoked Milkfish', ...dish },
  { id: 'bandeng-presto', label: 'Bandeng Presto', terms: ['bandeng presto', 'bandeng duri lunak'], en: 'Soft-bone Milkfish', ...dish },
  { id: 'terasi', label: 'Terasi', terms: ['terasi', 'belacan'], en: 'Shrimp Paste', ...dish },
  { id: 'jamu', label: 'Jamu', terms: ['jamu', 'jamu tradisional', 'jamu gendong'], en: 'Jamu Herbal Drink', ...dish },
  { id: 'gula-aren', label: 'Gula Aren', terms: ['gula aren', 'gula merah aren', 'gula jawa', 'gula kelapa', 'palm sugar'], en: 'Palm Sugar', ...dish, flavour: true },
  { id: 'gula-semut', label: 'Gula Semut', terms: ['gula semut', 'gula aren bubuk', 'gula semut aren', 'coconut sugar'], en: 'Palm Sugar Crystals', ...dish, flavour: true },
  { id: 'cokelat', label: 'Cokelat', terms: ['cokelat', 'chocolate', 'kakao', 'cacao', 'cocoa', 'dark chocolate'], en: 'Chocolate', ...food, flavour: true, colour: true },
  { id: 'vanili', label: 'Vanili', terms: ['vanili', 'vanili polong', 'polong vanili', 'vanilla bean', 'vanilla beans'], en: 'Vanilla Beans', ...food, flavour: true },
  { id: 'kayu-manis', label: 'Kayu Manis', terms: ['kayu manis', 'kayumanis', 'cinnamon', 'kulit kayu manis'], en: 'Cinnamon', ...food, flavour: true },
  { id: 'lada', label: 'Lada', terms: ['lada', 'merica', 'pepper'], en: 'Pepper', ...food },
  { id: 'lada-putih', label: 'Lada Putih', terms: ['lada putih', 'merica putih', 'white pepper'], parents: ['lada'], en: 'White Pepper', ...food },
  { id: 'pala', label: 'Pala', terms: ['pala', 'biji pala', 'nutmeg'], en: 'Nutmeg', ...food },
  { id: 'cengkeh', label: 'Cengkeh', terms: ['cengkeh', 'cloves'], en: 'Cloves', ...food },
  { id: 'jahe', label: 'Jahe', terms: ['jahe', 'jahe merah', 'wedang jahe', 'ginger'], en: 'Ginger', ...food, flavour: true },
  { id: 'gambir', label: 'Gambir', terms: ['gambir'], en: 'Gambier', ...food },
  { id: 'susu', label: 'Susu', terms: ['susu', 'milk', 'susu uht', 'uht', 'susu sapi', 'susu bubuk'], en: 'Milk', ...food, flavour: true },

  // Added for issue 13: one line each, regions in `from`, source at the end (wiki = id.wikipedia.org/wiki/).
  { id: 'cuanki', label: 'Cuanki', terms: ['cuanki', 'baso cuanki', 'bakso cuanki', 'cuanki instan'], en: 'Cuanki Meatball Soup', from: ['Bandung'], ...dish }, // wiki/Cuanki (Bandung)
  { id: 'batagor', label: 'Batagor', terms: ['batagor', 'batagor kering'], en: 'Batagor Fried Fish Dumpling', from: ['Bandung'], ...dish }, // wiki/Batagor (Bandung)
  { id: 'baso-aci', label: 'Baso Aci', terms: ['baso aci', 'bakso aci', 'boci'], en: 'Baso Aci Tapioca Balls', from: ['Garut'], ...dish }, // wiki/Baso_aci (Garut)
  { id: 'cireng', label: 'Cireng', terms: ['cireng', 'cireng isi'], en: 'Cireng Fried Tapioca', from: ['Bandung'], ...dish }, // wiki/Cireng (Priangan)
  { id: 'cilok', label: 'Cilok', terms: ['cilok'], en: 'Cilok Tapioca Dumplings', from: ['Bandung'], ...dish }, // wiki/Cilok (Priangan)
  { id: 'siomay', label: 'Siomay', terms: ['siomay', 'siomai'], en: 'Siomay Fish Dumplings', from: ['Bandung'], ...dish }, // wiki/Siomay ("Siomay Bandung")
  { id: 'tahu-sumedang', label: 'Tahu Sumedang', terms: ['tahu sumedang'], en: 'Sumedang Fried Tofu', from: ['Sumedang'], ...dish }, // wiki/Tahu_Sumedang
  { id: 'lumpia', label: 'Lumpia', terms: ['lumpia', 'lunpia'], en: 'Lumpia Spring Rolls', from: ['Semarang'], ...dish }, // wiki/Lumpia_Semarang
  { id: 'getuk', label: 'Getuk', terms: ['getuk', 'gethuk', 'getuk lindri'], en: 'Getuk Cassava Cake', from: ['Magelang'], ...dish }, // wiki/Getuk ("Getuk Magelang")
  { id: 'geplak', label: 'Geplak', terms: ['geplak'], en: 'Geplak Coconut Sweet', from: ['Bantul'], ...dish }, // wiki/Geplak (Bantul)
  { id: 'yangko', label: 'Yangko', terms: ['yangko'], en: 'Yangko Rice Cake', from: ['Kotagede'], ...dish }, // wiki/Yangko (Kotagede)
  { id: 'bagea', label: 'Bagea', terms: ['bagea', 'kue bagea'], en: 'Bagea Sago Cookies', from: ['Maluku', 'Ternate'], ...dish }, // wiki/Bagea (Maluku)
  { id: 'papeda', label: 'Papeda', terms: ['papeda'], en: 'Papeda Sago Porridge', from: ['Papua', 'Maluku'], ...dish }, // wiki/Papeda
  { id: 'pie-susu', label: 'Pie Susu', terms: ['pie susu', 'pai susu'], en: 'Balinese Milk Pie', from: ['Bali'], ...dish }, // wiki/Pie_susu (oleh-oleh Bali)
  { id: 'amplang', label: 'Amplang', terms: ['amplang', 'kerupuk amplang'], en: 'Amplang Fish Crackers', from: ['Samarinda', 'Kalimantan Timur'], ...dish }, // wiki/Amplang
  { id: 'kemplang', label: 'Kemplang', terms: ['kemplang', 'kerupuk kemplang'], parents: ['kerupuk'], en: 'Kemplang Fish Crackers', from: ['Palembang'], ...dish }, // wiki/Kemplang
  { id: 'otak-otak', label: 'Otak-otak', terms: ['otak otak'], en: 'Otak-otak Fish Cake', from: ['Palembang'], ...dish }, // wiki/Otak-otak
  { id: 'dendeng', label: 'Dendeng', terms: ['dendeng', 'dendeng balado', 'dendeng batokok'], en: 'Dendeng Cured Meat', from: ['Padang'], ...dish }, // wiki/Dendeng (Minang)
  { id: 'bumbu-pecel', label: 'Bumbu Pecel', terms: ['bumbu pecel', 'sambal pecel', 'pecel'], en: 'Pecel Peanut Sauce', from: ['Madiun', 'Blitar'], ...dish }, // wiki/Pecel ("Pecel Madiun")
  { id: 'petis', label: 'Petis', terms: ['petis', 'petis udang', 'petis ikan'], en: 'Petis Shrimp Paste', from: ['Sidoarjo', 'Madura'], ...dish }, // wiki/Petis
  { id: 'wedang-uwuh', label: 'Wedang Uwuh', terms: ['wedang uwuh'], en: 'Wedang Uwuh Spice Drink', from: ['Bantul'], ...dish }, // wiki/Wedang_uwuh (Imogiri)
  { id: 'bir-pletok', label: 'Bir Pletok', terms: ['bir pletok'], en: 'Bir Pletok Betawi Spice Drink', from: ['Jakarta'], ...dish }, // wiki/Bir_pletok
  { id: 'kerak-telor', label: 'Kerak Telor', terms: ['kerak telor', 'kerak telur'], en: 'Kerak Telor Betawi Omelette', from: ['Jakarta'], ...dish }, // wiki/Kerak_telor
  { id: 'lanting', label: 'Lanting', terms: ['lanting'], en: 'Lanting Cassava Snack', from: ['Kebumen'], ...dish }, // wiki/Lanting (Kebumen)
  { id: 'carica', label: 'Manisan Carica', terms: ['carica', 'manisan carica'], en: 'Carica Papaya Sweets', from: ['Wonosobo'], ...dish }, // wiki/Carica (Dieng)
  { id: 'mie-aceh', label: 'Mie Aceh', terms: ['mie aceh', 'mi aceh'], en: 'Mie Aceh Noodles', from: ['Aceh'], ...dish }, // wiki/Mi_aceh
  { id: 'enting-enting', label: 'Enting-enting Gepuk', terms: ['enting enting', 'enting enting gepuk', 'enting gepuk'], en: 'Peanut Brittle (Enting-enting)', from: ['Salatiga'], ...dish }, // wiki/Enting-enting_gepuk
  // Lebaran cookies, sold by home bakers in jars ("Nastar Toples 500 gr"). KBBI: "kue kering",
  // "nastar" (kue kering berisi selai nanas), "kastengel". Cookies are baked everywhere, so "kue
  // kering" alone needs a place to count as local; nastar and kastengel are Indonesian names.
  { id: 'kue-kering', label: 'Kue Kering', terms: ['kue kering', 'kue lebaran'], en: 'Indonesian Cookies (Kue Kering)', ...food },
  { id: 'nastar', label: 'Nastar', terms: ['nastar', 'kue nastar', 'nastar nanas'], parents: ['kue-kering'], en: 'Nastar Pineapple Tarts', ...dish },
  { id: 'kastengel', label: 'Kastengel', terms: ['kastengel', 'kaastengels'], parents: ['kue-kering'], en: 'Kastengel Cheese Cookies', ...dish },
  { id: 'bolu', label: 'Bolu', terms: ['bolu', 'bolu kukus', 'bolu pandan', 'bolu gulung'], en: 'Bolu Sponge Cake', ...dish }, // KBBI "bolu"
  { id: 'tempe', label: 'Tempe', terms: ['tempe', 'tempeh'], en: 'Tempeh', ...dish }, // wiki/Tempe (UNESCO nomination)
  { id: 'bakso', label: 'Bakso', terms: ['bakso', 'baso', 'bakso frozen'], en: 'Bakso Meatballs', ...dish }, // wiki/Bakso
  { id: 'kue-lapis-talas', label: 'Lapis Talas', terms: ['lapis talas', 'lapis bogor'], en: 'Taro Layer Cake', from: ['Bogor'], ...dish }, // wiki/Lapis_talas_Bogor
  { id: 'moci', label: 'Mochi Sukabumi', terms: ['mochi sukabumi', 'moci sukabumi', 'kue moci'], en: 'Sukabumi Mochi', from: ['Sukabumi'], ...dish }, // wiki/Moci (Sukabumi)
];
