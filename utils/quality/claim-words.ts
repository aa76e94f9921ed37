/**
 * Claims a buyer cannot check, for the `unproven-claim` rule. Data: add a phrase with a test.
 *
 * Source: TikTok Shop by Tokopedia forbids "No. 1 / Top 1 Product" and "100% Natural/Organic"
 * without certificates, and false certifications or cure claims
 * (marketplaces.md §3.1, "Misleading claims"); Shopee lists "supplements with false claims"
 * among prohibited goods (§3.1, "Prohibited goods").
 */
const PLACES = String.raw`(?:di|se)[\s-]?(?:indonesia|dunia|asia|asean|nusantara|shopee|tokopedia|lazada|tiktok)\b`;

/** Cure claims: forbidden outside registered medicines, whatever the listing holds (error). */
export const CURE =
  /\b(?:menyembuhkan|dijamin\s{1,3}sembuh|pasti\s{1,3}sembuh|100\s?%\s{0,2}sembuh|sembuh\s{1,3}(?:total|permanen)|obat\s{1,3}(?:segala|semua)\s{1,3}(?:penyakit|keluhan)|mengobati\s{1,3}(?:segala|berbagai|semua)\s{1,3}(?:penyakit|keluhan)|anti\s?kanker|membunuh\s{1,3}(?:sel\s{1,3})?kanker)\b/gi;

/** Treating a named condition: a warning (a registered medicine may say it; a cream may not). */
export const TREATS =
  /\b(?:mengobati|menurunkan\s{1,3}(?:kolesterol|kolestrol|gula\s{1,3}darah|tekanan\s{1,3}darah|asam\s{1,3}urat|hipertensi)|menstabilkan\s{1,3}(?:tekanan\s{1,3}darah|gula\s{1,3}darah)|mencegah\s{1,3}(?:kanker|diabetes|stroke|covid))\b/gi;

/** Rankings: "No. 1 di Indonesia", "brand nomor 1", "#1 terlaris", "terbaik se-Indonesia" (warning). */
export const RANKING: readonly RegExp[] = [
  new RegExp(String.raw`(?:\b(?:no\.?|nomor|nomer|peringkat|ranking|top|juara)\s?(?:1|satu)|#1)\s{1,3}${PLACES}`, 'gi'),
  /\b(?:brand|merek|merk|produk|toko|seller|penjual|pilihan|skincare)\s{1,3}(?:no\.?\s?|nomor\s|nomer\s|#)1\b/gi,
  /(?:\b(?:no\.?|nomor|nomer)\s?1|(?<![\w#])#1)\s{1,3}(?:brand|merek|merk|produk|terlaris|terbaik|pilihan|best\s?seller)\b/gi,
  new RegExp(String.raw`\b(?:terbaik|terlaris|termurah|terpercaya|paling\s{1,3}(?:ampuh|bagus|laris))\s{1,3}${PLACES}`, 'gi'),
  /\b(?:paling|sangat)\s{1,3}(?:ampuh|manjur|mujarab|mustajab)\b|\bter(?:ampuh|manjur)\b/gi,
];

/** Superlatives in a title: "TERBAIK", "Penjualan Terbaik" (warning; in a description they are ordinary praise). */
// "No.1" written tight (sizes are written "No 1", "no. 1", "nomor 1"), "#1", "Top 1".
export const TITLE_SUPERLATIVE =
  /\b(?:terbaik|terhebat|terpercaya|terlaris|best\s{0,2}seller|ter(?:ampuh|manjur)|the\s{1,3}best|best\s{1,3}quality|paling\s{1,3}(?:bagus|top|efektif|laris)|no\.1|top\s?1)\b(?![.,]?\d)|(?<![\w#])#1\b(?![.,]?\d)/gi;
/** "Untuk pengalaman gaming terbaik": praise of the experience, not a ranking of the product (a tip). */
export const SUPERLATIVE_OF_USE = /\b(?:pengalaman|hasil|performa|kenyamanan)\b[^.|\n]{0,25}$/i;
/** Price superlatives ("termurah", "paling murah") cannot be checked either, but say less (a tip). */
export const PRICE_SUPERLATIVE = /\b(?:termurah|paling\s{1,3}murah|harga\s{1,3}terendah)\b/gi;
/** "Terbukti 3 hari putih", "terbukti ampuh": proof claimed, none given. */
export const PROVEN = /\bterbukti\s{1,3}(?:\d|ampuh|efektif|manjur|menghilangkan|memutihkan|mencerahkan|menurunkan|menyembuhkan|mengatasi|bikin|klinis)/gi;
/** Medical effects claimed for a cosmetic ("anti inflamasi", "mengatasi jerawat bernanah"). */
export const MEDICAL_EFFECT =
  /\banti[\s-]?(?:inflamasi|radang)\b|\bmengatasi\s{1,3}[^.|\n]{0,40}?\b(?:bernanah|meradang|jerawat\s{1,3}batu|penyakit|infeksi|radang)\b/gi;

/**
 * Body changes promised by a cosmetic or supplement ("krim pembesar payudara", "pemutih permanen"):
 * BPOM's cosmetic-claim rules (Peraturan BPOM No. 3 Tahun 2022, Persyaratan Teknis Klaim Kosmetika)
 * do not allow a cosmetic to claim it enlarges, tightens or permanently changes the body.
 */
export const BODY_CHANGE =
  /\b(?:pembesar|pemanjang|pengencang|perapat|pembentuk)\s{1,3}(?:payudara|payu\s?dara|dada|bokong|pantat|penis|mr\.?\s?p|alat\s{1,3}vital|vital|otot)\b|\b(?:pemutih|pelangsing|peninggi)\s{1,3}(?:badan\s{1,3})?(?:permanen|instan|instant|seketika)\b|\b(?:payudara|dada|penis)\s{1,3}(?:besar|kencang)\s{1,3}(?:permanen|dalam\s{1,3}\d+\s{1,3}(?:hari|minggu))\b/gi;

/** "100% alami", "tanpa efek samping". */
export const ABSOLUTE = /\b100\s?%\s{0,2}(?:alami|natural|organik|organic|herbal|murni|aman)\b|\btanpa\s{1,3}efek\s{1,3}samping\b/gi;

/** "Teruji klinis": a warning unless the text names the test (a laboratory, a study, its subjects). */
export const CLINICAL = /\b(?:teruji\s{1,3}klinis|uji\s{1,3}klinis|terbukti\s{1,3}klinis|clinically\s{1,3}(?:proven|tested))\b/gi;
export const CLINICAL_EVIDENCE = /\b(?:laboratorium|lab|hasil\s{1,3}uji|sertifikat\s{1,3}uji|jurnal|journal|sucofindo|dermatest|responden|relawan|subjek|partisipan|n\s?=\s?\d+)\b/i;

/** "Ajaib" on health and beauty goods is a miracle claim; "spons ajaib" cleans, it heals no one. English "Miracle" is left out: it names product lines (Age Miracle). */
export const MIRACLE = /\b(?:ajaib|mukjizat)\b/gi;
export const HEALTH_OR_BEAUTY =
  /\b(?:obat|krim|cream|serum|salep|facial|cleanser|sabun|toner|lotion|acne|face|moisturi[sz]er|sunscreen|minyak\s{1,3}(?:urut|oles|gosok|herbal)|herbal|jamu|kapsul|suplemen|supplement|skincare|wajah|kulit|jerawat|pelangsing|diet|penyakit|sembuh|khasiat|pemutih|whitening|vitalitas|stamina|rambut|ramuan)\b/i;

export const MILD = /\b(?:ampuh|manjur|mujarab)\b/gi;
