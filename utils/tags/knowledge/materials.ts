/**
 * Craft materials. Sources: KBBI names; English as on Inacraft and export catalogues.
 * A material is only named when the listing has a non-food product (see rules/products.ts):
 * "kulit lumpia" and "bolu pandan" are food, not leather and pandan weaving.
 */
import type { LexiconEntry } from './types';

const material = { kind: 'material', craft: true } as const;

/** "kulit sintetis", "rotan imitasi", "faux leather": not the material at all. */
export const IMITATION_WORDS: readonly string[] = ['sintetis', 'sintetik', 'synthetic', 'imitasi', 'faux', 'palsu', 'tiruan', 'pu', 'oscar', 'vegan', 'plastik'];

export const MATERIALS: readonly LexiconEntry[] = [
  { id: 'rotan', label: 'Rotan', terms: ['rotan'], en: 'Rattan', ...material },
  { id: 'bambu', label: 'Bambu', terms: ['bambu', 'bamboo', 'bambo'], en: 'Bamboo', ...material },
  { id: 'pandan', label: 'Pandan', terms: ['pandan', 'pandan duri', 'pandan laut'], en: 'Pandanus Weave', ...material },
  { id: 'mendong', label: 'Mendong', terms: ['mendong'], en: 'Mendong Grass', ...material },
  { id: 'purun', label: 'Purun', terms: ['purun'], en: 'Purun Grass', ...material },
  { id: 'eceng-gondok', label: 'Eceng Gondok', terms: ['eceng gondok', 'enceng gondok', 'water hyacinth'], en: 'Water Hyacinth', ...material },
  { id: 'kulit', label: 'Kulit', terms: ['kulit', 'kulit asli', 'kulit sapi', 'kulit domba', 'kulit kambing', 'leather', 'genuine leather'], en: 'Genuine Leather', ...material },
  // "kulit kayu" is bark: neither wood nor leather (issue 13).
  { id: 'kulit-kayu', label: 'Kulit Kayu', terms: ['kulit kayu', 'bark'], en: 'Tree Bark', ...material }, // KBBI "kulit kayu"
  { id: 'cendana', label: 'Kayu Cendana', terms: ['cendana', 'kayu cendana', 'sandalwood'], parents: ['kayu'], en: 'Sandalwood', ...material }, // wiki/Cendana
  { id: 'kayu-jati', label: 'Kayu Jati', terms: ['kayu jati', 'jati', 'teak', 'teak wood'], parents: ['kayu'], en: 'Teak Wood', ...material },
  { id: 'kayu', label: 'Kayu', terms: ['kayu', 'wood', 'wooden'], en: 'Wood', ...material },
  { id: 'perak', label: 'Perak', terms: ['perak', 'perak 925', 'silver 925', 'sterling silver', 'perak murni'], en: 'Silver', ...material },
  { id: 'kuningan', label: 'Kuningan', terms: ['kuningan', 'brass'], en: 'Brass', ...material },
  { id: 'tembaga', label: 'Tembaga', terms: ['tembaga', 'copper'], en: 'Copper', ...material },
  { id: 'sutra', label: 'Sutra', terms: ['sutra', 'silk', 'sutra alam'], en: 'Silk', ...material },
  { id: 'tanah-liat', label: 'Tanah Liat', terms: ['tanah liat', 'clay'], en: 'Clay', ...material },
  { id: 'batok-kelapa', label: 'Batok Kelapa', terms: ['batok kelapa', 'tempurung kelapa', 'coconut shell'], en: 'Coconut Shell', ...material },
];
