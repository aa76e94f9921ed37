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
  { id: 'kerajinan-tangan', label: 'Kerajinan Tangan', terms: ['kerajinan tangan', 'kerajinan tangan asli'], parents: ['kerajinan'], en: 'Handicraft', handmade: true, ...craft },
];
