/**
 * Techniques, and the words that decide them. Batik is wax-resist dyeing: tulis (drawn with a
 * canting), cap (stamped with a copper cap), or both (kombinasi). Printed fabric with a batik
 * pattern is not batik (Yayasan Batik Indonesia; SNI 8302:2016 "Batik: pengertian dan istilah"),
 * so it is labelled "Motif Batik (Printing)" and never counts as tulis or cap.
 */
import type { LexiconEntry } from './types';

const batikTechnique = { kind: 'technique', parents: ['batik'], local: true, craft: true, handmade: true } as const;

export const TECHNIQUES: readonly LexiconEntry[] = [
  { id: 'batik-tulis', label: 'Batik Tulis', terms: ['batik tulis', 'batik tulis tangan', 'batik tulis asli', 'batik tulis halus'], en: 'Hand-drawn Batik (Tulis)', ...batikTechnique },
  { id: 'batik-cap', label: 'Batik Cap', terms: ['batik cap', 'batik cap tembaga', 'batik cap asli'], en: 'Hand-stamped Batik (Cap)', ...batikTechnique },
  {
    id: 'batik-kombinasi',
    label: 'Batik Kombinasi',
    terms: ['batik kombinasi', 'batik cap tulis', 'batik tulis cap', 'batik cap kombinasi tulis', 'batik tulis kombinasi cap', 'kombinasi tulis', 'kombinasi cap', 'cap tulis', 'tulis cap', 'cap dan tulis', 'tulis dan cap'],
    en: 'Hand-drawn and Stamped Batik',
    combines: ['batik-tulis', 'batik-cap'],
    ...batikTechnique,
  },
  {
    id: 'batik-printing',
    label: 'Motif Batik (Printing)',
    terms: ['batik printing', 'batik print', 'printing batik', 'print batik', 'motif batik', 'batik cetak', 'batik sablon', 'kain motif batik'],
    en: 'Batik-pattern Print',
    kind: 'technique',
    printOf: 'batik',
  },
  { id: 'jumputan', label: 'Jumputan', terms: ['jumputan', 'kain jumputan', 'jumput'], en: 'Jumputan Tie-dye', kind: 'technique', local: true, craft: true, handmade: true },
  { id: 'ecoprint', label: 'Ecoprint', terms: ['ecoprint', 'eco print', 'ecoprinting', 'eco printing'], en: 'Eco-print Natural Dye', kind: 'technique', craft: true, handmade: true },
  { id: 'pewarna-alami', label: 'Pewarna Alami', terms: ['pewarna alami', 'pewarna alam', 'warna alam', 'warna alami', 'natural dye', 'natural dyes'], en: 'Natural Dye', kind: 'technique', craft: true },
  { id: 'bordir', label: 'Bordir', terms: ['bordir', 'bordiran', 'sulam', 'sulaman', 'sulam tangan', 'embroidery'], en: 'Embroidery', kind: 'technique', craft: true },
  { id: 'tenun-tangan', label: 'Tenun ATBM', terms: ['atbm', 'alat tenun bukan mesin', 'tenun tangan', 'handwoven', 'hand woven'], parents: ['tenun'], en: 'Handwoven', kind: 'technique', local: true, craft: true, handmade: true },
  // Gedog is the back-strap loom, older than and not the ATBM treadle loom (issue 13).
  { id: 'tenun-gedog', label: 'Tenun Gedog', terms: ['gedog', 'gedogan', 'tenun gedog', 'tenun gedogan', 'kain gedog'], parents: ['tenun'], en: 'Back-strap Loom Weaving (Gedog)', kind: 'technique', local: true, craft: true, handmade: true, from: ['Tuban'] }, // id.wikipedia.org/wiki/Batik_Gedog (Tuban)
];

/** A bare "tulis"/"cap" counts only right after a batik word ("Batik Lasem Tulis Halus"): "alat tulis", "cap kaki tiga" are not batik. */
export const BARE_BATIK_TECHNIQUE: Readonly<Record<string, 'batik-tulis' | 'batik-cap'>> = { tulis: 'batik-tulis', cap: 'batik-cap' };
/** How many tokens after a batik word a bare technique word may stand. */
export const BARE_TECHNIQUE_WINDOW = 4;

/** Words that make a batik listing a print, when the listing also names batik. */
export const PRINTING_TERMS: readonly string[] = ['printing', 'print', 'sablon', 'cetak', 'digital print', 'motif batik', 'printing malam'];

/** Words before a word that deny it: "bukan printing", "tidak pakai cap". */
export const NEGATIONS: readonly string[] = ['bukan', 'bkn', 'tidak', 'tdk', 'non', 'anti', 'tanpa', 'selain', 'kecuali', 'minus'];
/** Comparisons: "seperti tulis" is not tulis, "mirip printing" is not printing. */
export const COMPARISONS: readonly string[] = ['seperti', 'spt', 'mirip', 'kayak', 'kaya', 'like', 'look', 'ala'];
/** Vague words that stop a technique claim but not a print: "semi tulis", "motif tulis", "kw tulis". */
export const VAGUE: readonly string[] = ['semi', 'kw', 'imitasi', 'tiruan', 'motif', 'model', 'corak', 'efek', 'style'];

/** The listing says the product is made by hand. */
export const HANDMADE_TERMS: readonly string[] = ['handmade', 'hand made', 'buatan tangan', 'dibuat tangan', 'dibuat dengan tangan', 'handcrafted', 'hand crafted', 'handcraft', 'hand carved', 'diukir tangan', 'dijahit tangan', 'jahit tangan', 'dianyam tangan', 'anyaman tangan'];

/** The listing itself claims the product is Indonesian. */
export const LOCAL_CLAIM_TERMS: readonly string[] = ['produk lokal', 'brand lokal', 'lokal brand', 'local brand', 'merek lokal', 'merk lokal', 'buatan indonesia', 'made in indonesia', 'asli indonesia', 'produk indonesia', 'karya anak bangsa', 'produk dalam negeri', 'bangga buatan indonesia', 'umkm', 'ukm', 'pengrajin lokal', 'perajin lokal', 'karya lokal'];

/** A food word after these is a flavour, not the product: "keripik pisang rasa cokelat". */
export const FLAVOUR_WORDS: readonly string[] = ['rasa', 'aroma', 'perisa', 'varian', 'flavour', 'flavor', 'essence', 'pasta'];
/** A colour, not a product: "kemeja warna coklat", "warna perak". */
export const COLOUR_WORDS: readonly string[] = ['warna', 'color', 'colour', 'wrn'];
