/**
 * Promotion in a title, for the `title-promo-words` rule. Data: add a word here with a test.
 *
 * Why it is flagged: Shopee's naming guideline forbids redundant or irrelevant keywords in
 * the name and lists "…boots murah" as a block reason (marketplaces.md §3.1); the deal has its
 * own fields (discount, voucher, bundle deal, free-shipping programme) where buyers look for it,
 * and a campaign date is stale a day later. Campaign dates: Harbolnas (Hari Belanja Online
 * Nasional) on 12.12 and the marketplaces' monthly "double date" sales (9.9, 10.10, 11.11)
 * (https://id.wikipedia.org/wiki/Hari_Belanja_Online_Nasional).
 *
 * - MECHANICS (warning): the deal itself: promo, diskon, flash sale, buy 1 get 1, gratis ongkir,
 *   cash on delivery, a gift with the purchase ("+ Free Pouch"), campaign names and dates. Price and
 *   sales-rank superlatives ("termurah", "terlaris", "best seller") are claims: `unproven-claim`.
 * - ADJECTIVES (tip): "murah", "viral", "ready stock": common search words that describe the deal,
 *   not the product; worth dropping, not worth a warning.
 */
export const PROMO_MECHANICS: readonly RegExp[] = [
  /\b(?:diskon|disc|discount|potongan)\s{0,2}(?:s\.?d\.?\s{0,2}|hingga\s{1,2}|up\s{0,2}to\s{1,2})?\d{1,2}\s{0,2}%/gi,
  /\b(?:beli|buy)\s{0,2}\d{1,2}\s{0,2}(?:pcs\s{1,2})?(?:gratis|free|get|dapat|lebih\s{1,3}hemat)(?:\s{0,2}\d{1,2})?\b/gi,
  /\b(?:bogo|b1g1|flash\s{0,3}sale|big\s{1,3}sale|mega\s{1,3}sale|super\s{1,3}sale|hot\s{1,3}(?:sale|promo|deals?|bonus)|super\s{1,3}deals?|best\s{1,3}offer|(?:limited|terbatas)\s{1,3}offer|penawaran\s{1,3}terbatas|promo|diskon|discount|cashback|obral+|cuci\s{1,3}gudang|clearance(?:\s{1,3}sale)?|sale|(?:gratis|free|bebas)\s{1,3}ongkir|harbolnas|payday(?:\s{1,3}sale)?|ramadh?an\s{1,3}sale|black\s{1,3}friday|free\s{0,2}gift)\b/gi,
];

/**
 * A gift with the purchase in the title ("+ Free Pouch + Pen", "Bonus Tas", "GRATIS Usb OTG"): a promo
 * mechanic (warning). Not "BPA Free" or "Alcohol-Free" (the free word comes after what is absent),
 * not a software feature ("bonus payment method"). A bundled licence or the packing is only a tip.
 */
export const FREE_GIFT =
  /(?<!\b(?:bpa|alcohol|alkohol|sugar|gula|gluten|paraben|lactose|laktosa|fragrance|cruelty|oil|dairy|caffeine|nicotine|toxic|bebas|hands)[\s-]{0,2})(?<!-)\b(?:free|gratis|bonus|hadiah)\b(?=\s{0,3}[:(]?\s{0,2}[\p{L}\d])(?!\s{0,3}(?:ongkir|size|ukuran|payment|pembayaran|fitur|feature|method|metode|gift))[\s:(]{0,4}[\p{L}\d][\p{L}\d-]*/giu;
/** "DiskFree POP Socket": the gift word glued to the product before it. */
export const GLUED_FREE_GIFT = /(?<=\p{Ll})Free(?=\s{1,2}\p{Lu})\s{1,2}[\p{L}\d]+/gu;
export const FREE_EXTRA_ONLY = /\b(?:windows|office|os|install|instal|upgrade|update|antivirus|bubble|buble|bubblewrap|packing|kardus|dus|plastik|centong|sendok|garpu|sedotan|saringan)\b/i;

/** "12.12", "11.11", "9.9": the same day and month number twice, as sales are named. */
export const CAMPAIGN_DATE = /(?<![\d.,/])\b(1[0-2]|[1-9])\s?[./]\s?\1\b(?![.,/]?\d)(?!\s{0,2}(?:"|''|”|inch|inci|in\b|cm|mm|m\b|meter|mtr|kg|gr?\b|ml|l\b|liter|oz|%|x\b|k\b|rb|ribu|jt|juta|ghz|mhz|hz|mp\b|mah|w\b|watt|v\b|volt|a\b|amp|tb|gb|mb|fps|ton))/gi;
/** Version numbers: "Android 4.4", "USB 1.1", "Bluetooth 5.5", "versi 2.2". */
export const VERSION_BEFORE = /\b(?:android|ios|usb|bluetooth|bt|versi|version|ver|v|wifi|wi-fi|hdmi|sata|pcie|dolby|ddr|rev|gen|type|tipe|ukuran|size|no|nomor)\.?\s{0,2}$/i;

/** Cash on delivery, said as an offer ("bisa COD", "[COD]", "… COD" closing the title); not Call of Duty, cod liver oil or a COD payment feature. */
export const COD_OFFER = /\bCOD\s*$|\b(?:bisa|terima|melayani|support|free\s{1,3}ongkir|bayar\s{1,3}di\s{1,3}tempat)\s{0,3}(?:\+\s{0,2})?cod\b|[[(]\s{0,2}(?:bisa\s{1,2})?cod\s{0,2}[\])]|\bcod\s{1,3}(?:bayar\s{1,3}di\s{1,3}tempat|tersedia|ready)\b/gi;
export const COD_NOT_AN_OFFER = /\b(?:call\s{1,3}of\s{1,3}duty|black\s{1,3}ops|warzone|modern\s{1,3}warfare|ps[345]|xbox|game|kaset|codm|liver|minyak\s{1,3}ikan|payment|pembayaran|metode|method)\b/i;

export const PROMO_ADJECTIVES: readonly RegExp[] = [
  /\b(?:paling\s{1,3}murah|super\s{1,3}murah|murah\s{1,3}meriah|murah|viral|ready\s{1,3}stock|hot\s{1,3}item)\b/gi,
];
