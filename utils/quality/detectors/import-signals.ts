/**
 * Signs that a product is imported, and claims that it is local. Used by the
 * `local-claim-conflict` rule and by the tag suggester (which must not offer a
 * "produk lokal" tag to an imported product), so both export a stable signature.
 *
 * Precision over recall: "Korean style" is a look, not an origin; "jambu bangkok"
 * is a fruit; "kirim ke luar negeri" is shipping abroad; "bukan impor" is a local claim.
 */
export interface PhraseSpan {
  start: number;
  end: number;
  phrase: string;
}

// Stryker disable all: a pattern built once at import, a static mutant (see ignoreStatic in stryker.config.mjs); pinned by the examples in import-signals.test.ts
const COUNTRIES = String.raw`china|cina|tiongkok|prc|taiwan|hong\s?kong|korea|japan|jepang|thailand|vietnam|malaysia|singapore|singapura|india|turkey|turki|bangladesh|pakistan|usa|amerika|italy|italia|germany|jerman|france|perancis|uk|england|inggris`;

const IMPORT_PATTERNS: readonly RegExp[] = [
  /(?<!\b(?:bukan|tidak|non|anti)[\s-]{1,3}(?:barang\s{1,3}|produk\s{1,3})?)\bimp(?:or|ort)(?:an|ed)?\b/gi,
  new RegExp(String.raw`\bmade\s{1,3}in\s{1,3}(?:${COUNTRIES})\b`, 'gi'),
  new RegExp(String.raw`\bex[\s-]?(?:internasional|international|luar(?:\s{1,3}negeri)?|${COUNTRIES})\b`, 'gi'),
  /(?<!\b(?:ke|kirim|pengiriman|ekspedisi|ongkir)\s{1,3})\b(?:barang\s{1,3}|produk\s{1,3})?luar\s{1,3}negeri\b/gi,
  /\b(?:barang|produk)\s{1,3}luar\b(?!\s{1,3}(?:ruang|ruangan|kota|pulau|daerah|negeri))/gi,
  new RegExp(String.raw`\b(?:barang|produk|asli|ori|original)\s{1,3}(?:${COUNTRIES})\b`, 'gi'),
  new RegExp(String.raw`\b(?:po|pre[\s-]?order)\s{1,3}(?:luar|taobao|1688|${COUNTRIES})\b`, 'gi'),
  new RegExp(String.raw`\b(?:dikirim\s{1,3})?dari\s{1,3}(?:${COUNTRIES})\b`, 'gi'),
  /\bcross[\s-]?border\b/gi,
];

const LOCAL_PATTERNS: readonly RegExp[] = [
  /\b(?:produk|brand|merek|merk|karya|usaha)\s{1,3}lokal\b/gi,
  /\blocal\s{1,3}(?:brand|product|pride)\b/gi,
  /\blokal\s{1,3}pride\b/gi,
  /\b100\s?%\s{0,2}lokal\b/gi,
  /\bbuatan\s{1,3}(?:indonesia|lokal|dalam\s{1,3}negeri|tangan|sendiri)\b/gi,
  /\basli\s{1,3}indonesia\b/gi,
  /\bmade\s{1,3}in\s{1,3}(?:indonesia|indo)\b/gi,
  /\bhand\s?-?made\b/gi,
  /\bproduksi\s{1,3}(?:sendiri|lokal|dalam\s{1,3}negeri)\b/gi,
  /\bkarya\s{1,3}(?:anak\s{1,3}bangsa|pengrajin|perajin)\b/gi,
  /\bproduk\s{1,3}(?:dalam\s{1,3}negeri|indonesia|umkm)\b/gi,
  /\b(?:bukan|tidak|non)[\s-]{1,3}(?:barang\s{1,3}|produk\s{1,3})?imp(?:or|ort)\b/gi,
];
// Stryker restore all

function find(text: string, patterns: readonly RegExp[]): PhraseSpan[] {
  const spans: PhraseSpan[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length, phrase: match[0] });
    }
  }
  // Sorted; a phrase inside a longer one ("luar negeri" in "barang luar negeri") is reported once.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  return spans.filter((span) => {
    if (span.end <= reach) return false;
    reach = span.end;
    return true;
  });
}

export function findImportSignals(text: string): PhraseSpan[] {
  return find(text, IMPORT_PATTERNS);
}

export function findLocalClaims(text: string): PhraseSpan[] {
  return find(text, LOCAL_PATTERNS);
}
