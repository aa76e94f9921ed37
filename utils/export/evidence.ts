/**
 * What the listing already shows a buyer abroad: fibre percentages, care words, a food-safe test,
 * timber legality papers, a halal certificate number, metric sizes, an EU contact. Each finder
 * answers for one text; `readiness.ts` asks it of the title and the description. Patterns use
 * bounded gaps only, so 100 KB of hostile text stays linear (see readiness.test.ts).
 */
import { findRegistrations } from '../quality/detectors/registration-numbers';
import { CLAIM as HALAL_CLAIM, MUI_NUMBER } from '../quality/rules/halal-claim-unverified';

/** Generic fibre names: EU 1007/2011 Annex I, US 16 CFR 303.7 (spandex = elastane), with Indonesian spellings. */
const FIBRE =
  '(?:katun|cotton|kapas|linen|rami|ramie|rayon|viscose|viskosa|modal|lyocell|tencel|polyester|poliester|polyamide|poliamida|nilon|nylon|spandex|elastane|elastan|lycra|sutra|sutera|silk|wol|wool|kashmir|cashmere|akrilik|acrylic|bambu|bamboo|hemp|jute|goni)';
const PERCENT = String.raw`\d{1,3}(?:[.,]\d{1,2})?\s?%`;
/** "100% katun", "katun 95% spandex 5%", "cotton combed 30s 100%", "katun murni", "pure silk". */
const FIBRE_COMPOSITION = new RegExp(
  String.raw`${PERCENT}[^\n%\d]{0,24}?\b${FIBRE}\b|\b${FIBRE}\b[^\n%\d]{0,24}?${PERCENT}|\b${FIBRE}\s+(?:murni|asli\s+100)\b|\b(?:pure|all)\s+${FIBRE}\b`,
  'i',
);

/** Care instructions in the words of 16 CFR 423 Appendix A and ISO 3758, and how sellers write them. */
const CARE =
  /\b(?:cuci\s+(?:tangan|terpisah|dengan\s+air\s+dingin|air\s+dingin|mesin|manual|lembut|dibalik)|dicuci\s+(?:tangan|terpisah|manual)|jangan\s+(?:di\s?putihkan|pakai\s+pemutih|memakai\s+pemutih|dikucek|diperas|disikat|direndam|dijemur|disetrika|di\s?dryer|dry\s?clean)|tanpa\s+pemutih|setrika\s+(?:suhu|panas)\s+(?:rendah|sedang)|jemur\s+(?:di\s+tempat\s+teduh|terbalik|dibalik|tanpa)|cara\s+(?:perawatan|merawat|mencuci|pencucian)|petunjuk\s+(?:perawatan|pencucian)|perawatan\s*:|hand\s?wash|machine\s?wash(?:able)?|wash\s+(?:cold|warm|separately|inside\s+out)|do\s+not\s+(?:bleach|tumble|iron|wring|dry\s?clean)|non-chlorine\s+bleach|tumble\s+dry|line\s+dry|dry\s+flat|dry\s?clean(?:\s+only)?|iron\s+(?:low|medium|on\s+reverse)|care\s+(?:instructions?|label)|washing\s+instructions?)\b/i;

/** A food-contact test or its result (lead and cadmium are what Directive 84/500/EEC and FDA CPG 545.450 measure). */
const FOOD_SAFE =
  /\b(?:lead[\s-]?free|cadmium[\s-]?free|bebas\s+(?:timbal|timah\s+hitam|kadmium|timbel)|tanpa\s+(?:timbal|timah\s+hitam|kadmium)|food[\s-]?(?:grade|safe)|aman\s+untuk\s+(?:makanan|minuman|makan|minum)|uji\s+(?:timbal|kadmium|lab(?:oratorium)?|migrasi|food\s+grade)|lolos\s+uji|hasil\s+uji|tested\s+for\s+(?:lead|cadmium)|lead\s+(?:and|&)\s+cadmium\s+test|LFGB|Prop(?:osition)?\s?65|FDA\s+(?:compliant|approved|tested)|declaration\s+of\s+compliance)\b/gi;

/** Indonesia's SVLK and its V-Legal (FLEGT) licence, and the private schemes buyers also accept. */
const TIMBER_LEGAL =
  /\b(?:SVLK|S-?LK|V-?Legal|FLEGT|FSC|PEFC|PHPL|(?:kayu|rotan)\s+(?:legal|bersertifikat)|legal\s+(?:wood|timber)|legally\s+(?:sourced|harvested)|sertifikat\s+legalitas|legalitas\s+kayu|dokumen\s+(?:V-?Legal|legalitas)|deklarasi\s+kesesuaian\s+pemasok)\b/gi;

/** A metric size or weight: "20 x 30 cm", "berat 250 gr", "1,5 kg", "500 ml". Bare "g" only after two digits ("4G" is a network). */
const NUM = String.raw`\d{1,5}(?:[.,]\d{1,3})?`;
const METRIC = new RegExp(
  String.raw`\b${NUM}\s?(?:x|×|\*)\s?${NUM}(?:\s?(?:x|×|\*)\s?${NUM})?\s?(?:mm|cm|m)\b|\b${NUM}\s?(?:mm|cm|meter|kg|kilo(?:gram)?|gr|gram|grams|mg|ml|liter|litre|ltr|cc)\b|\b\d{2,5}\s?g\b|\b(?:panjang|lebar|tinggi|diameter|lingkar\s+\w+|berat|netto|isi|volume)\s*:?\s*${NUM}\s?m\b`,
  'i',
);

/**
 * An EU contact for product safety (GPSR art. 16 and 19): named as such, or an importer, distributor or address
 * beside an EU member state. "Bisa kirim ke Jerman" names a country, not a contact, so it does not count.
 */
const EU_CONTACT_WORDS =
  /\b(?:EU\s+(?:representative|responsible\s+person|importer|contact|address|rep)|(?:responsible|authori[sz]ed)\s+(?:person|representative)|GPSR|perwakilan\s+(?:di\s+)?(?:UE|Uni\s+Eropa|EU|Eropa)|penanggung\s+jawab\s+(?:di\s+)?(?:UE|Uni\s+Eropa|EU|Eropa)|importir\s+(?:di\s+)?(?:UE|Uni\s+Eropa|EU|Eropa))\b/i;
const EU_COUNTRY =
  '(?:Austria|Belgi(?:um|a)|Bulgaria|Croatia|Kroasia|Cyprus|Siprus|Czech(?:ia)?|Ceko|Denmark|Estonia|Finland|Finlandia|France|Prancis|Perancis|Germany|Jerman|Deutschland|Greece|Yunani|Hungary|Hungaria|Ireland|Irlandia|Italy|Italia|Latvia|Lithuania|Lituania|Luxembourg|Luksemburg|Malta|Netherlands|Belanda|Nederland|Poland|Polandia|Portugal|Romania|Rumania|Slovakia|Slowakia|Slovenia|Spain|Spanyol|Sweden|Swedia)';
const EU_ADDRESS = new RegExp(
  String.raw`\b(?:importer|importir|distributor|alamat|address|representative|perwakilan|kantor|office|GmbH|B\.?V\.?|S\.?A\.?R\.?L|S\.?r\.?l)\b[^\n]{0,80}?\b${EU_COUNTRY}\b`,
  'i',
);

/**
 * Right before the phrase only: "belum SVLK", "tidak food grade", "tanpa uji timbal". The quality engine's
 * sentence-wide negation would also deny "Kayu tidak mudah retak dan sudah SVLK".
 */
const DENIED = /\b(?:belum|tanpa|no|non|not|bukan|tidak|tdk|blm)\s{1,3}(?:(?:ada|punya|memiliki|pakai|ber)\s{0,3})?$/i;

/** Some match of the global `pattern` that the seller does not deny. */
function affirmed(text: string, pattern: RegExp): boolean {
  for (const match of text.matchAll(pattern)) {
    if (!DENIED.test(text.slice(Math.max(0, match.index - 24), match.index))) return true;
  }
  return false;
}

export const hasFibreComposition = (text: string) => FIBRE_COMPOSITION.test(text);
/** Care words are themselves often "jangan …", so no negation check here. */
export const hasCareInstructions = (text: string) => CARE.test(text);
export const hasFoodSafeStatement = (text: string) => affirmed(text, FOOD_SAFE);
export const hasTimberLegality = (text: string) => affirmed(text, TIMBER_LEGAL);
export const hasMetricMeasure = (text: string) => METRIC.test(text);
export const hasEuContact = (text: string) => EU_CONTACT_WORDS.test(text) || EU_ADDRESS.test(text);

/** A halal certificate a buyer can check: BPJPH "ID…" (the quality engine's detector) or an older 14-digit MUI number. */
export const hasHalalNumber = (text: string) => findRegistrations(text).some((match) => match.kind === 'halal-id') || MUI_NUMBER.test(text);
/** The word "halal" as a claim (not "non-halal", not "halal bihalal"), as the quality engine reads it. */
export const claimsHalal = (text: string) => text.search(HALAL_CLAIM) >= 0;
