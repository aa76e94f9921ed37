/**
 * Words sellers use to say a product copies a brand, for the `counterfeit-claim` rule.
 * Data: add a pattern here, with a test, when a new clone word appears.
 *
 * Sources: "KW", "super copy", "grade ori", "mirror quality", "1:1", "HDC" (high
 * definition copy, said of iPhone clones), "super clone", "replika" are the terms the
 * consumer guides quote for fakes (https://www.bantenraya.com/teknologi/16040696/inilah-ciri-ciri-hp-kw ;
 * https://juragandoki.blogspot.com/2021/02/bisa-jadi-hp-xiaomi-anda-palsu-alias-kw.html "KW, grade A++";
 * https://lidahtekno.com/jangan-tertipu-5-cara-cepat-deteksi-hp-palsu/ "Ultimate Clone") and
 * ../shared/design/marketplaces.md ("Corrections": HDC, super clone, grade ori).
 *
 * What is not a claim: "5 kW" (kilowatt), "Mirror cermin" (a mirror), "Baterai AAA",
 * "kampas rem non ori" (an honest aftermarket part), "High Grade Ori" (a Gunpla grade
 * and an original kit), "skala 1:1", "Ctrl C V copy".
 */
export const CLONE_WORDS: readonly RegExp[] = [
  /(?<!\d\s?)\bkw(?:\s?(?:super|premium|grade\s?a|ori|[123]))?\b/gi,
  // "ori 99", "original 99%": 99% original is a copy.
  /\bori(?:ginal)?\s?99\s?%?(?!\d)|\b(?:semi\s?(?:ori|original)|(?:hp|handphone|ponsel)\s{1,3}(?:copy|kopi|clone|replika)|super\s?copy|high\s?copy|premium\s?copy|copy\s?ori|mirror\s?(?:quality|grade)|ori[\s-]?like|like\s?ori|mirip\s{1,3}(?:ori|asli|original)|seperti\s{1,3}(?:ori|asli))\b/gi,
  /(?<!\b(?:high|master|real|perfect|entry|hg|mg|rg|pg|eg)\s{1,3})\bgrade\s?(?:ori|original|mirror)\b/gi,
  /\b(?:kualitas|quality|grade)\s{0,3}(?:aaa|mirror)\b|\baaa\s{0,3}(?:quality|grade)\b/gi,
  // "HDC" is a clone grade ("iPhone 14 HDC 256GB"); "HDC-1200" or "HDC1200" is a model code.
  /\bhdc\b(?!-?\d)/gi,
  /\bsuper\s?clone\b|\bclone\s{1,3}(?:1\s?:\s?1|ori|premium)\b/gi,
  // "1:1" is a ratio (photos, scale models) unless it is said of the original.
  /\b(?:ori|original|asli|branded|copy|mirror|kualitas|quality|grade)\b[^.\n]{0,20}?\b1\s?:\s?1\b/gi,
  /\b1\s?:\s?1\b[^.\n]{0,20}?\b(?:ori|original|asli|branded)\b/gi,
];

/**
 * "clone", "copy", "tiruan", "semi premium" count only beside a cloned brand ("iPhone 15 clone",
 * "copy Rolex", "Tas Gucci semi premium"), not in "Clone Trooper", "copy paste" or "bunga tiruan".
 */
export const CLONE = /\b(?:clone|semi\s?premium)\b/gi;
/** How close the brand must be to "clone" or "semi premium": the same few words. */
export const CLONE_BRAND_WINDOW = 25;
/** "copy"/"tiruan" only right next to the brand: "kecepatan copy" of a Sandisk is file copying. */
export const COPY_WORD = /\b(?:copy|kopian|tiruan)\b(?!\s{0,2}(?:paste|file|data|speed))/gi;

/** "replika" is a copy of a brand only when the text is about branded goods or their quality. */
export const REPLICA = /\breplik?c?a\b/gi;
export const REPLICA_GOODS =
  /\b(?:tas|bag|sepatu|sneakers?|shoes|jam\s{1,3}tangan|watch|dompet|wallet|parfum|perfume|kacamata|sunglass(?:es)?|hp|handphone|ponsel|iphone|kualitas|quality|premium|ori|original|grade|mirror|branded)\b/i;
/** A scale model, a film prop, a trophy or a fan jersey: a replica that copies no brand. */
export const REPLICA_OBJECT =
  /\b(?:miniatur|miniature|maket|diecast|skala|scale|model|pajangan|hiasan|kapal|perahu|boat|ship|pesawat|senjata|pedang|sword|trofi|trophy|piala|fosil|fossil|tengkorak|patung|statue|figur|figure|jersey|koin|coin|uang|prop|cosplay|tradisional|traditional|adat|rumah|candi|monumen)\b/i;
/**
 * Maison Margiela's "Replica" perfumes ("Replica By the Fireplace") are the brand's own line:
 * named with the house, or written "Replica" in a perfume listing.
 */
export const MARGIELA = /margiela|\bmmm\b/i;
export const PERFUME = /\b(?:edt|edp|eau\s{1,3}de|decant|parfum|perfume|fragrance)\b/i;
