/**
 * Traditional musical instruments. One entry a line; `from` names the regions each is known from
 * (gazetteer labels), so the seller's city can name it ("Angklung Bandung"). Sources per line:
 * wiki = id.wikipedia.org/wiki/, unesco = ich.unesco.org. English names as on the Kemdikbud
 * "Warisan Budaya Takbenda" register (warisanbudaya.kemdikbud.go.id) where it gives one.
 */
import type { LexiconEntry } from './types';

const instrument = { kind: 'product', craft: true, local: true } as const;

export const INSTRUMENTS: readonly LexiconEntry[] = [
  { id: 'alat-musik-tradisional', label: 'Alat Musik Tradisional', terms: ['alat musik tradisional', 'alat musik daerah'], en: 'Indonesian Traditional Instrument', ...instrument }, // wiki/Daftar_alat_musik_tradisional_Indonesia
  { id: 'angklung', label: 'Angklung', terms: ['angklung', 'angklung bambu'], parents: ['alat-musik-tradisional'], en: 'Angklung Bamboo Instrument', from: ['Bandung', 'Jawa Barat'], ...instrument }, // unesco: Indonesian Angklung (2010); wiki/Angklung (Saung Angklung Udjo, Bandung)
  { id: 'calung', label: 'Calung', terms: ['calung'], parents: ['alat-musik-tradisional'], en: 'Calung Bamboo Xylophone', from: ['Banyumas', 'Jawa Barat'], ...instrument }, // wiki/Calung
  { id: 'rebana', label: 'Rebana', terms: ['rebana', 'hadroh', 'hadrah', 'marawis', 'rebana hadroh', 'set hadroh', 'kompang'], parents: ['alat-musik-tradisional'], en: 'Rebana Frame Drum', from: ['Jepara'], ...instrument }, // wiki/Rebana; Jepara (Desa Tahunan, Bulungan) rebana makers: jepara.go.id
  { id: 'tifa', label: 'Tifa', terms: ['tifa', 'tiva'], parents: ['alat-musik-tradisional'], en: 'Tifa Drum', from: ['Papua', 'Maluku'], ...instrument }, // wiki/Tifa
  { id: 'kolintang', label: 'Kolintang', terms: ['kolintang', 'kulintang'], parents: ['alat-musik-tradisional'], en: 'Kolintang Wooden Xylophone', from: ['Minahasa', 'Sulawesi Utara'], ...instrument }, // wiki/Kolintang (Minahasa); UNESCO 2024 joint nomination
  { id: 'sasando', label: 'Sasando', terms: ['sasando', 'sasandu'], parents: ['alat-musik-tradisional'], en: 'Sasando Harp', from: ['Rote', 'Kupang', 'Nusa Tenggara Timur'], ...instrument }, // wiki/Sasando (Pulau Rote)
  { id: 'gamelan', label: 'Gamelan', terms: ['gamelan', 'bonang', 'saron', 'gender gamelan', 'kenong'], parents: ['alat-musik-tradisional'], en: 'Gamelan', from: ['Jawa', 'Bali', 'Yogyakarta', 'Solo'], ...instrument }, // unesco: Gamelan (2021)
  { id: 'gong', label: 'Gong', terms: ['gong', 'gong gamelan'], parents: ['gamelan'], en: 'Gong', ...instrument }, // wiki/Gong (Bekonang/Sukoharjo smiths)
  { id: 'kendang', label: 'Kendang', terms: ['kendang', 'gendang', 'kendhang'], parents: ['alat-musik-tradisional'], en: 'Kendang Drum', ...instrument }, // wiki/Kendang
  { id: 'suling', label: 'Suling Bambu', terms: ['suling', 'suling bambu', 'seruling bambu', 'suling sunda'], parents: ['alat-musik-tradisional'], en: 'Bamboo Flute (Suling)', ...instrument }, // wiki/Suling
  { id: 'kecapi', label: 'Kecapi', terms: ['kecapi', 'kacapi', 'kecapi suling'], parents: ['alat-musik-tradisional'], en: 'Kecapi Zither', from: ['Jawa Barat'], ...instrument }, // wiki/Kacapi (Sunda)
  { id: 'sape', label: 'Sape', terms: ['sampek', 'sape dayak', 'sampeq'], parents: ['alat-musik-tradisional'], en: 'Sape Dayak Lute', from: ['Kalimantan'], ...instrument }, // wiki/Sape
  { id: 'talempong', label: 'Talempong', terms: ['talempong'], parents: ['alat-musik-tradisional'], en: 'Talempong Gong Chime', from: ['Minang', 'Sumatera Barat'], ...instrument }, // wiki/Talempong
  { id: 'kentongan', label: 'Kentongan', terms: ['kentongan', 'kentong'], parents: ['alat-musik-tradisional'], en: 'Kentongan Slit Drum', ...instrument }, // wiki/Kentongan
];
