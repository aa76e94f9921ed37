/**
 * Is this listing a processed food or drink, which needs a P-IRT or BPOM MD/ML
 * number (marketplaces.md §3.2–3.3)? The category decides when the page gives one;
 * otherwise the title's words do, unless the title names a thing that merely goes
 * with food ("gelas kopi", "cetakan kue", "sabun madu", "makanan kucing"). The
 * description is not used: "cocok untuk kopi" says nothing about what is sold.
 */
const FOOD_WORDS =
  /\b(?:keripik|kripik|kerupuk|krupuk|rempeyek|peyek|sambal|sambel|kopi|teh|madu|kue|dodol|abon|rendang|frozen\s?food|nugget|bakso|sosis|dimsum|minuman|makanan|camilan|cemilan|snack|selai|sirup|brownies|cookies|bolu|rengginang|emping|makaroni|basreng|seblak|bumbu|kaldu|permen|pempek|dendeng|ikan\s?asin|telur\s?asin|manisan|granola|keciput|opak|jajanan|kacang\s?(?:bawang|atom|mete|telur|goreng)|roti|saus|kecap)\b/i;
const NOT_FOOD_WORDS =
  /\b(?:gelas|cangkir|mug|teko|cetakan|loyang|mesin|grinder|filter|saringan|sabun|sampo|shampo|masker|lulur|lilin|parfum|aroma|pewangi|stiker|sticker|kaos|baju|kemeja|boneka|mainan|alat|tempat|wadah|box|kotak|plastik|pouch|label|cup|botol|tumbler|rak|celemek|buku|resep|kursus|kelas|ulekan|cobek|panci|wajan|kompor|blender|mixer|oven|kucing|anjing|hamster|burung|pakan|gantungan|dompet|tas|case|casing|lampu|hiasan|dekorasi|poster|voucher|pigura|bibit|benih|tanaman|serum|scrub|krim|cream|lotion|diffuser|dispenser|termos|sendok|garpu|piring|mangkok|nampan|kulkas|freezer)\b/i;
const FOOD_CATEGORY = /\b(?:makanan|minuman|food|beverage|kuliner|snack|camilan|cemilan|bumbu|kopi|teh|madu|kue|frozen)\b/i;
const NOT_FOOD_CATEGORY =
  /\b(?:hewan|pet|peliharaan|perlengkapan|peralatan|dapur|alat|mainan|fashion|kecantikan|kesehatan|rumah\s?tangga|elektronik|aksesoris|kemasan|packaging)\b/i;

export interface FoodSignal {
  /** The word that made the listing food, for the message. */
  word: string;
}

export function foodSignal(title: string, category: string | undefined): FoodSignal | null {
  if (category !== undefined && category.trim() !== '') {
    const match = FOOD_CATEGORY.exec(category);
    return match && !NOT_FOOD_CATEGORY.test(category) ? { word: match[0] } : null;
  }
  const match = FOOD_WORDS.exec(title);
  return match && !NOT_FOOD_WORDS.test(title) ? { word: match[0] } : null;
}
