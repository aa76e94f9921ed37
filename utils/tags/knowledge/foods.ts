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
  { id: 'sambal', label: 'Sambal', terms: ['sambal', 'sambal bawang', 'sambal roa', 'sambal cumi', 'sambal teri', 'sambal matah'], en: 'Sambal Chili Sauce', ...dish },
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
  { id: 'cokelat', label: 'Cokelat', terms: ['cokelat', 'chocolate', 'kakao', 'cacao', 'cocoa', 'dark chocolate'], en: 'Chocolate', ...food, flavour: true },
  { id: 'vanili', label: 'Vanili', terms: ['vanili', 'vanili polong', 'polong vanili', 'vanilla bean', 'vanilla beans'], en: 'Vanilla Beans', ...food, flavour: true },
  { id: 'kayu-manis', label: 'Kayu Manis', terms: ['kayu manis', 'kayumanis', 'cinnamon', 'kulit kayu manis'], en: 'Cinnamon', ...food, flavour: true },
  { id: 'lada', label: 'Lada', terms: ['lada', 'merica', 'pepper'], en: 'Pepper', ...food },
  { id: 'lada-putih', label: 'Lada Putih', terms: ['lada putih', 'merica putih', 'white pepper'], parents: ['lada'], en: 'White Pepper', ...food },
  { id: 'pala', label: 'Pala', terms: ['pala', 'biji pala', 'nutmeg'], en: 'Nutmeg', ...food },
  { id: 'cengkeh', label: 'Cengkeh', terms: ['cengkeh', 'cloves'], en: 'Cloves', ...food },
  { id: 'jahe', label: 'Jahe', terms: ['jahe', 'jahe merah', 'wedang jahe', 'ginger'], en: 'Ginger', ...food, flavour: true },
  { id: 'gambir', label: 'Gambir', terms: ['gambir'], en: 'Gambier', ...food },
];
