/**
 * Craft and textile product types. Sources: KBBI for the Indonesian names and spellings; the
 * Kemenparekraf/Dekranas craft categories (wastra, kriya kayu, keramik, anyaman, logam) for the
 * grouping; English equivalents are the terms used on export catalogues (Inacraft, Trade Expo
 * Indonesia). Batik techniques live in techniques.ts, materials in materials.ts.
 */
import type { LexiconEntry } from './types';

const craft = { kind: 'product', craft: true } as const;
const wastra = { ...craft, local: true } as const;

export const CRAFTS: readonly LexiconEntry[] = [
  // Wastra (traditional textiles). Batik is a UNESCO-listed Indonesian heritage (2009).
  { id: 'batik', label: 'Batik', terms: ['batik', 'kain batik'], en: 'Indonesian Batik', ...wastra },
  { id: 'tenun', label: 'Tenun', terms: ['tenun', 'tenunan', 'kain tenun', 'wastra tenun'], en: 'Indonesian Woven Textile', ...wastra },
  { id: 'tenun-ikat', label: 'Tenun Ikat', terms: ['tenun ikat', 'kain ikat', 'kain tenun ikat', 'ikat weaving'], parents: ['tenun'], en: 'Ikat Weaving', ...wastra },
  { id: 'songket', label: 'Songket', terms: ['songket', 'kain songket', 'tenun songket'], parents: ['tenun'], en: 'Songket Fabric', ...wastra },
  { id: 'ulos', label: 'Ulos', terms: ['ulos', 'kain ulos'], parents: ['tenun'], en: 'Batak Ulos Textile', ...wastra },
  { id: 'lurik', label: 'Lurik', terms: ['lurik', 'kain lurik'], parents: ['tenun'], en: 'Lurik Striped Weaving', ...wastra },
  { id: 'gringsing', label: 'Tenun Gringsing', terms: ['gringsing', 'geringsing', 'tenun gringsing'], parents: ['tenun-ikat'], en: 'Gringsing Double Ikat', ...wastra },
  { id: 'sasirangan', label: 'Sasirangan', terms: ['sasirangan', 'kain sasirangan'], en: 'Sasirangan Tie-dye Fabric', ...wastra },
  { id: 'tapis', label: 'Tapis', terms: ['tapis', 'kain tapis'], en: 'Tapis Embroidered Textile', ...wastra },
  { id: 'kebaya', label: 'Kebaya', terms: ['kebaya'], en: 'Kebaya Blouse', kind: 'product', local: true },
  { id: 'blangkon', label: 'Blangkon', terms: ['blangkon'], en: 'Javanese Blangkon Headwear', ...wastra },

  // Kriya: ceramics, wood, metal, fibre.
  { id: 'keramik', label: 'Keramik', terms: ['keramik', 'ceramic', 'ceramics'], en: 'Ceramics', ...craft },
  { id: 'gerabah', label: 'Gerabah', terms: ['gerabah', 'tembikar', 'terakota', 'terracotta', 'pottery'], en: 'Earthenware Pottery', ...craft },
  { id: 'genteng', label: 'Genteng', terms: ['genteng', 'genting'], en: 'Clay Roof Tiles', ...craft },
  { id: 'anyaman', label: 'Anyaman', terms: ['anyaman', 'anyam', 'kerajinan anyaman'], en: 'Woven Craft', handmade: true, ...craft },
  { id: 'tas-anyaman', label: 'Tas Anyaman', terms: ['tas anyaman', 'tas anyam'], parents: ['tas', 'anyaman'], en: 'Woven Bag', handmade: true, ...craft },
  { id: 'tas-rotan', label: 'Tas Rotan', terms: ['tas rotan', 'rattan bag'], parents: ['tas', 'rotan'], en: 'Rattan Bag', handmade: true, ...craft },
  { id: 'tas-kulit', label: 'Tas Kulit', terms: ['tas kulit', 'leather bag'], parents: ['tas', 'kulit'], en: 'Leather Bag', ...craft },
  { id: 'tikar', label: 'Tikar', terms: ['tikar', 'tikar anyaman'], en: 'Woven Mat', ...craft },
  { id: 'ukiran-kayu', label: 'Ukiran Kayu', terms: ['ukiran kayu', 'ukiran', 'ukir kayu', 'kayu ukir', 'wood carving'], en: 'Wood Carving', ...craft },
  { id: 'mebel-ukir', label: 'Mebel Ukir', terms: ['mebel ukir', 'mebel ukiran', 'meubel ukir', 'furniture ukir', 'kursi ukir', 'meja ukir', 'lemari ukir', 'kursi ukiran', 'meja ukiran'], parents: ['mebel', 'ukiran-kayu'], en: 'Carved Furniture', ...craft },
  { id: 'perhiasan-perak', label: 'Perhiasan Perak', terms: ['perhiasan perak', 'cincin perak', 'kalung perak', 'gelang perak', 'anting perak', 'bros perak', 'liontin perak', 'silver jewelry', 'silver jewellery'], parents: ['perhiasan', 'perak'], en: 'Silver Jewellery', ...craft },
  { id: 'wayang', label: 'Wayang', terms: ['wayang'], en: 'Wayang Puppet', ...wastra },
  { id: 'wayang-kulit', label: 'Wayang Kulit', terms: ['wayang kulit'], parents: ['wayang'], en: 'Shadow Puppet (Wayang Kulit)', ...wastra },
  { id: 'wayang-golek', label: 'Wayang Golek', terms: ['wayang golek'], parents: ['wayang'], en: 'Wooden Puppet (Wayang Golek)', ...wastra },
  { id: 'keris', label: 'Keris', terms: ['keris'], en: 'Keris Dagger', ...wastra },
  { id: 'topeng', label: 'Topeng', terms: ['topeng'], en: 'Carved Mask', ...craft },
  { id: 'kerajinan', label: 'Kerajinan', terms: ['kerajinan', 'kriya', 'handicraft', 'handicrafts'], en: 'Handicraft', ...craft },
  // Added for issue 13; one line each, source at the end (wiki = id.wikipedia.org/wiki/, unesco = ich.unesco.org).
  { id: 'noken', label: 'Noken', terms: ['noken', 'tas noken'], parents: ['tas'], en: 'Noken Papuan String Bag', from: ['Papua'], handmade: true, ...wastra }, // unesco: Noken (2012); wiki/Noken
  { id: 'kipas-cendana', label: 'Kipas Cendana', terms: ['kipas cendana', 'kipas kayu cendana', 'sandalwood fan'], parents: ['kerajinan'], en: 'Sandalwood Fan', ...craft }, // wiki/Cendana (kipas, a common souvenir craft)
  { id: 'anyaman-pandan', label: 'Anyaman Pandan', terms: ['anyaman pandan', 'anyam pandan', 'tikar pandan'], parents: ['anyaman', 'pandan'], en: 'Pandan Weaving', from: ['Tasikmalaya'], handmade: true, ...craft }, // wiki/Anyaman; Rajapolah, Tasikmalaya (tasikmalayakab.go.id)
  { id: 'kerajinan-rotan', label: 'Kerajinan Rotan', terms: ['kerajinan rotan', 'anyaman rotan', 'rotan anyam', 'rattan craft'], parents: ['anyaman', 'rotan'], en: 'Rattan Craft', from: ['Cirebon'], handmade: true, ...craft }, // wiki/Rotan; Tegalwangi, Cirebon rattan centre (kemenperin.go.id)
  { id: 'kursi-rotan', label: 'Kursi Rotan', terms: ['kursi rotan', 'rattan chair'], parents: ['kursi', 'rotan'], en: 'Rattan Chair', from: ['Cirebon'], ...craft }, // as above
  { id: 'tas-purun', label: 'Tas Purun', terms: ['tas purun'], parents: ['tas', 'anyaman', 'purun'], en: 'Purun Grass Bag', from: ['Kalimantan Selatan'], handmade: true, ...craft }, // wiki/Purun (Banjar craft)
  { id: 'ondel-ondel', label: 'Ondel-ondel', terms: ['ondel ondel', 'miniatur ondel ondel'], parents: ['kerajinan'], en: 'Ondel-ondel Betawi Figure', from: ['Jakarta'], ...wastra }, // wiki/Ondel-ondel (Betawi)
  { id: 'peci', label: 'Peci', terms: ['peci', 'songkok', 'kopiah'], en: 'Peci Cap', from: ['Gresik'], kind: 'product', local: true }, // wiki/Peci; Gresik songkok makers (gresikkab.go.id)
  { id: 'udeng', label: 'Udeng', terms: ['udeng', 'udeng bali'], en: 'Balinese Udeng Headcloth', from: ['Bali'], ...wastra }, // wiki/Udeng
  { id: 'endek', label: 'Tenun Endek', terms: ['endek', 'kain endek', 'tenun endek'], parents: ['tenun-ikat'], en: 'Endek Balinese Ikat', from: ['Bali', 'Klungkung'], ...wastra }, // wiki/Endek
  { id: 'sulam-usus', label: 'Sulam Usus', terms: ['sulam usus'], en: 'Sulam Usus Lampung Embroidery', from: ['Lampung'], handmade: true, ...wastra }, // wiki/Sulam_usus
  { id: 'karawo', label: 'Karawo', terms: ['karawo', 'sulaman karawo', 'kain karawo'], en: 'Karawo Drawn-thread Embroidery', from: ['Gorontalo'], handmade: true, ...wastra }, // wiki/Karawo
  { id: 'ulap-doyo', label: 'Ulap Doyo', terms: ['ulap doyo', 'tenun doyo'], parents: ['tenun'], en: 'Doyo Leaf-fibre Weaving', from: ['Kutai Barat'], ...wastra }, // wiki/Ulap_doyo
  { id: 'tas-kulit-kayu', label: 'Tas Kulit Kayu', terms: ['tas kulit kayu'], parents: ['tas', 'kulit-kayu'], en: 'Bark Bag', handmade: true, ...craft }, // "tas kulit kayu" is a bark bag, not a leather bag (KBBI "kulit kayu")
  { id: 'kain-kulit-kayu', label: 'Kain Kulit Kayu', terms: ['kain kulit kayu', 'fuya', 'kain fuya'], parents: ['kulit-kayu'], en: 'Bark Cloth', from: ['Sulawesi Tengah'], ...wastra }, // wiki/Fuya (Sulawesi Tengah bark cloth)
  { id: 'kerajinan-tangan', label: 'Kerajinan Tangan', terms: ['kerajinan tangan', 'kerajinan tangan asli'], parents: ['kerajinan'], en: 'Handicraft', handmade: true, ...craft },
];
