/**
 * Branded products clone and scam listings use as bait, with the lowest price a real unit
 * (new or used, in working order) plausibly sells for in Indonesia: the `price-implausible`
 * rule warns below it. Update by editing a row: `floorIdr` is deliberately low, about a third
 * to two fifths of the launch price, under what working used units go for, so an honest
 * bargain does not trip it; a listing at a tenth of the value does.
 *
 * Launch prices (sources):
 * - iPhone 15 launched in Indonesia at Rp16.499.000; iPhone 16 at US$799, expected Rp16–18 juta
 *   (https://teknologi.bisnis.com/read/20241219/280/1825733/2-alasan-iphone-16-bakal-dijual-lebih-mahal-di-indonesia);
 *   iPhone 16 series on sale in Indonesia from 11 April 2025
 *   (https://www.cakrawalamedia.co.id/takut-ketinggalan-dan-kena-tarif-trump-pembeli-ramai-ramai-borong-iphone-16/);
 *   iPhone 15 Pro / 16 Pro from US$999 (Apple Newsroom, September 2023 and 2024); iPhone 17 US$799,
 *   iPhone Air US$999, iPhone 17 Pro US$1,099 (Apple Newsroom, September 2025).
 * - Galaxy S24 Ultra and S25 Ultra from US$1,299; Galaxy Z Fold from US$1,799, Z Flip from US$999
 *   (Samsung Newsroom launch releases, 2023–2025); the S26 Ultra is assumed no cheaper (UNCERTAIN: check).
 * - PlayStation 5 US$499 (disc) and US$449 Slim digital (PlayStation Blog, 2020 and 2023);
 *   Nintendo Switch 2 US$449 (Nintendo, April 2025).
 * - MacBook Air M1 US$999, MacBook Pro 14" M-series from US$1,599 (Apple Newsroom, 2020–2024).
 * - NVIDIA GeForce launch prices (nvidia.com announcements): RTX 3060 US$329, 3070 US$499,
 *   3080 US$699, 3090 US$1,499, 4060 US$299, 4070 US$599, 4080 US$1,199, 4090 US$1,599,
 *   5070 US$549, 5080 US$999, 5090 US$1,999.
 * - AirPods Pro 2 US$249, Apple Watch Ultra 2 US$799, Apple Watch Series 10 US$399, iPad Pro (M4) US$999
 *   (Apple Newsroom, 2022–2025); Sony WH-1000XM5 US$399 (Sony, 2022); Dyson Supersonic US$429 and Airwrap
 *   US$599 (dyson.com); GoPro HERO13 Black US$399 (GoPro, 2024); DJI Mini 4 Pro US$759 (DJI, 2023).
 * Cheaper siblings are listed before the class they would otherwise match ("iPhone 15 Pro" before "iPhone 15").
 */
export interface PriceFloor {
  /** What the buyer would call it, for the message. */
  label: string;
  pattern: RegExp;
  floorIdr: number;
}

const gpu = (model: string, floorIdr: number): PriceFloor => ({
  label: `RTX ${model}`,
  pattern: new RegExp(String.raw`\b(?:geforce\s{0,2})?rtx\s{0,2}${model}\b`, 'i'),
  floorIdr,
});

export const PRICE_FLOORS: readonly PriceFloor[] = [
  { label: 'iPhone 17 Pro', pattern: /\biphone\s{0,2}17\s{0,2}pro\b/i, floorIdr: 9_000_000 },
  { label: 'iPhone Air', pattern: /\biphone\s{0,2}air\b/i, floorIdr: 6_000_000 },
  { label: 'iPhone 17', pattern: /\biphone\s{0,2}17\b(?!\s{0,2}(?:e\b|pro))/i, floorIdr: 5_500_000 },
  { label: 'iPhone 16 Pro', pattern: /\biphone\s{0,2}16\s{0,2}pro\b/i, floorIdr: 8_000_000 },
  { label: 'iPhone 15 Pro', pattern: /\biphone\s{0,2}15\s{0,2}pro\b/i, floorIdr: 6_000_000 },
  { label: 'iPhone 16', pattern: /\biphone\s{0,2}16(?:\s{0,2}plus)?\b(?!\s{0,2}(?:e\b|pro))/i, floorIdr: 5_000_000 },
  { label: 'iPhone 15', pattern: /\biphone\s{0,2}15(?:\s{0,2}plus)?\b(?!\s{0,2}pro)/i, floorIdr: 4_000_000 },
  { label: 'Galaxy S Ultra', pattern: /\b(?:galaxy\s{0,2})?s\s?2[4-6]\s{0,2}ultra\b/i, floorIdr: 6_000_000 },
  { label: 'Galaxy Z Fold', pattern: /\b(?:galaxy\s{0,2})?z\s{0,2}fold\s{0,2}[5-7]\b/i, floorIdr: 6_000_000 },
  { label: 'Galaxy Z Flip', pattern: /\b(?:galaxy\s{0,2})?z\s{0,2}flip\s{0,2}[5-7]\b/i, floorIdr: 3_500_000 },
  {
    label: 'PlayStation 5',
    pattern:
      /\b(?:ps\s?5|playstation\s{0,2}5)\b(?=.{0,25}?\b(?:slim|pro|fat|console|konsol|cfi|(?:disc|disk|digital)\s{0,2}(?:edition|version))\b)|\b(?:console|konsol)\s{1,3}(?:sony\s{1,3})?(?:ps\s?5|playstation\s{0,2}5)\b/i,
    floorIdr: 3_000_000,
  },
  { label: 'Nintendo Switch 2', pattern: /\bnintendo\s{0,2}switch\s{0,2}2\b/i, floorIdr: 3_500_000 },
  { label: 'MacBook Pro (Apple M)', pattern: /\bmacbook\s{0,2}pro\b.{0,30}?\bm[1-4](?:\s{0,2}(?:pro|max))?\b/i, floorIdr: 6_000_000 },
  { label: 'MacBook Air (Apple M)', pattern: /\bmacbook\s{0,2}air\b.{0,30}?\bm[1-4]\b/i, floorIdr: 4_000_000 },
  { label: 'AirPods Pro', pattern: /\bair\s?pods?\s{0,2}pro\b/i, floorIdr: 1_000_000 },
  { label: 'Apple Watch Ultra', pattern: /\bapple\s{0,2}watch\s{0,2}ultra\b/i, floorIdr: 3_500_000 },
  { label: 'Apple Watch Series 9/10/11', pattern: /\bapple\s{0,2}watch\s{0,2}(?:series|s)\s{0,2}(?:9|10|11)\b/i, floorIdr: 1_500_000 },
  { label: 'iPad Pro (Apple M)', pattern: /\bipad\s{0,2}pro\b.{0,25}?\bm[1-5]\b/i, floorIdr: 5_000_000 },
  { label: 'Sony WH-1000XM', pattern: /\bwh[-\s]?1000\s?xm[4-6]\b/i, floorIdr: 1_500_000 },
  { label: 'Dyson Airwrap/Supersonic', pattern: /\bdyson\s{0,2}(?:airwrap|supersonic)\b/i, floorIdr: 2_500_000 },
  { label: 'GoPro HERO', pattern: /\bgopro\s{0,2}hero\s{0,2}1[1-3]\b/i, floorIdr: 2_500_000 },
  { label: 'DJI Mini Pro', pattern: /\bdji\s{0,2}mini\s{0,2}[34]\s{0,2}pro\b/i, floorIdr: 4_000_000 },
  // Gunpla: the cheapest genuine SD/HG kit sells for well over Rp50.000 (bandai-hobby.net price lists).
  { label: 'Gunpla (Bandai)', pattern: /\b(?:hg|hguc|hgce|rg|mg|pg|sd|eg)\b(?=.{0,40}?\bgundam\b)|\bgundam\b(?=.{0,40}?\b(?:hg|hguc|hgce|rg|mg|pg)\b)/i, floorIdr: 30_000 },
  // Stone Island apparel retails from several million rupiah (stoneisland.com); clones sell for tens of thousands.
  { label: 'Stone Island', pattern: /\bstone\s{0,2}island\b/i, floorIdr: 300_000 },
  gpu('5090', 20_000_000),
  gpu('4090', 12_000_000),
  gpu('5080', 8_000_000),
  gpu('4080', 7_000_000),
  gpu('3090', 4_000_000),
  gpu('5070', 4_000_000),
  gpu('4070', 3_500_000),
  gpu('3080', 3_000_000),
  gpu('3070', 2_500_000),
  gpu('4060', 1_800_000),
  gpu('3060', 1_500_000),
];

/** Titles that sell something for the product, not the product: accessories, parts, rentals, boxes, games, services. */
export const NOT_THE_PRODUCT =
  /\b(?:for|untuk|buat|compatible|kompatibel|cocok\s{1,3}(?:untuk|buat)|fits?)\b|\b(?:case|casing|softcase|hardcase|tempered|anti\s?gores|screen\s?guard|protector|pelindung|charger|adaptor|adapter|kabel|cable|strap|skin|garskin|sticker|stiker|stand|dudukan|holder|mount|cover|sarung|pouch|sleeve|tas|dock|powerbank|tripod|gimbal|tongsis|eartips?|ear\s?tips?|busa|foam|nozzle|attachment|sisir|brush|filter|propeller|baling|led|base|parts?|runner|diorama|background|colou?r|cat|paint|amplas|sanding|lem|cement|decal|marker|nipper|tools?|cutter|patch|badge|emblem|label|kipas|pendingin|headset|earphone|controller|stik|stick|dualsense|remote|keyboard|mouse|hub|bracket|backplate|waterblock|riser|kaset|game|lcd|touchscreen|baterai|battery|batre|housing|backdoor|tutup\s{1,3}belakang|flexible|fleksibel|konektor|connector|mesin|board|mainboard|motherboard|sparepart|spare\s?part|rusak|mati|minus|kanibal|bootloop|icloud|dus|box\s{1,3}only|kotak|kardus|dummy|replika|miniatur|mainan|sewa|rental|rent|disewakan|jasa|service|servis|unlock|akun|account|voucher|saldo|cicilan|tukar\s{1,3}tambah|trade\s?in)\b/gi;
/** "Free case", "bonus tempered glass": accessories that come with the product. */
// "+" has no word boundary before it ("Case + Tempered"), so it stands outside the \b group.
export const FREE_EXTRA = /(?:\b(?:free|bonus|gratis|hadiah|plus)|\+)\s{0,3}$/i;
