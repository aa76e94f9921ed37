/**
 * Brands commonly cloned and sold in Indonesia, for the look-alike check in
 * `detectors/brand-lookalikes.ts`. Data, kept here so it can be updated without
 * touching the matcher: one lower-case spelling per brand (one word; for a two-word
 * brand the distinctive word). Add a brand by adding a line; the tests run every
 * brand against correctly written titles and ordinary words.
 *
 * Which categories, from published surveys:
 * - MIAP (Masyarakat Indonesia Anti Pemalsuan) with Universitas Indonesia, 2015: the goods
 *   most often faked in Indonesia are printer ink, clothing, leather goods (bags, shoes),
 *   software, cosmetics, food and drink, medicine
 *   (https://www.medcom.id/ekonomi/mikro/GKdVwGeb-tujuh-barang-ini-paling-banyak-dipalsukan).
 * - OECD/EUIPO "Global Trade in Fakes" (2021), as summarised by the EU IP Helpdesk, 4 March 2022:
 *   Indonesia among the top suppliers of fake handbags, clothing, perfumery and cosmetics,
 *   footwear, toys, jewellery
 *   (https://intellectual-property-helpdesk.ec.europa.eu/news-events/news/counterfeits-indonesia-and-recommendations-brand-owners-2022-03-04_en).
 * - USTR Notorious Markets 2024 via Asia IP, 15 July 2025: handbags, wallets, watches (Hermès, Rolex)
 *   (https://asiaiplaw.com/index.php/section/ip-analysts/fake-goods-real-consequences-indonesias-struggle-to-stop-counterfeits).
 * - Phone clones sold under "pelesetan" brand names (Realmi, OPO, PQCQ, "Galaxy Ultra Ultimate Clone"):
 *   https://lidahtekno.com/jangan-tertipu-5-cara-cepat-deteksi-hp-palsu/ ;
 *   https://www.bantenraya.com/teknologi/16040696/inilah-ciri-ciri-hp-kw ; and seen on real
 *   listings (0PP0, lNFINX, SANSUMG, VIVQ: ../shared/design/marketplaces.md, "Corrections").
 * Within each category the brands are the best-selling ones on Indonesian marketplaces.
 */
export type BrandCategory = 'phone' | 'electronics' | 'fashion' | 'shoes' | 'watch' | 'bag' | 'cosmetics';

export const CLONED_BRANDS: Readonly<Record<BrandCategory, readonly string[]>> = {
  phone: ['samsung', 'galaxy', 'iphone', 'apple', 'xiaomi', 'redmi', 'poco', 'oppo', 'vivo', 'realme', 'infinix', 'tecno', 'huawei', 'nokia', 'oneplus', 'google', 'pixel', 'motorola', 'evercoss'],
  electronics: ['ipad', 'macbook', 'airpods', 'sony', 'playstation', 'nintendo', 'xbox', 'asus', 'lenovo', 'acer', 'canon', 'epson', 'nikon', 'fujifilm', 'logitech', 'sandisk', 'toshiba', 'seagate', 'kingston', 'anker', 'baseus', 'philips', 'panasonic', 'polytron', 'dyson', 'garmin', 'sennheiser', 'gopro', 'casetify'],
  fashion: [
    'adidas', 'nike', 'puma', 'uniqlo', 'zara', 'levis', 'lacoste', 'supreme', 'balenciaga', 'versace', 'burberry', 'gucci', 'prada',
    'chanel', 'dior', 'fendi', 'valentino', 'givenchy', 'hilfiger', 'armani', 'rayban', 'oakley', 'yeezy',
  ],
  shoes: ['converse', 'vans', 'reebok', 'skechers', 'asics', 'fila', 'crocs', 'birkenstock'],
  watch: ['rolex', 'casio', 'seiko', 'tissot', 'swatch', 'fossil', 'alexandre', 'christie', 'cartier', 'bvlgari', 'swarovski'],
  bag: ['hermes', 'vuitton', 'longchamp', 'coach', 'kors', 'charles', 'goyard', 'celine'],
  cosmetics: ['wardah', 'maybelline', 'loreal', 'garnier', 'nivea', 'innisfree', 'laneige', 'skintific', 'somethinc', 'scarlett', 'emina', 'lancome', 'esteelauder', 'clinique', 'shiseido'],
};

/**
 * Brands that are also ordinary words or names ("Galaxy" plates, "apple" cider, a
 * "coach"): only a digit or look-alike letter trick (G4LAXY, APPlE) counts for them,
 * never a plain one-letter difference.
 */
export const WORD_BRANDS: readonly string[] = [
  'galaxy', 'apple', 'google', 'pixel', 'coach', 'charles', 'celine', 'fossil', 'supreme', 'christie', 'alexandre', 'swatch', 'garmin',
  'cartier', 'armani',
];

/**
 * Real words and other brands that sit one letter away from a brand above and must
 * never be read as a misspelling of it (checked by the tests against real titles).
 */
export const NOT_LOOKALIKES: readonly string[] = [
  'realm', 'phone', 'phones', 'phillips', 'phillip', 'philip', 'something', 'scarlet', 'vaselin', 'hermès', 'herbes',
  'cannon', 'canton', 'galaxi', 'googles', 'goggle', 'goggles', 'pixels', 'pixie', 'fossils',
  'chanels', 'samsonite', 'supremo', 'pumas', 'redmin', 'emily', 'amino', 'herpes', 'heroes', 'hermas',
  'garner', 'warda', 'converge', 'conserve', 'lacostes', 'loreals', 'oreal', 'barberry', 'chapel', 'converso', 'lineage',
  'readme', 'realms', 'scarlets', 'sketcher', 'sketchers', 'rhebok', 'carrier', 'valentine', 'valentin', 'bulgari', 'armada',
  'motorolla',
];

/** How each brand is written, for messages; others are capitalised. */
const DISPLAY: Readonly<Record<string, string>> = {
  iphone: 'iPhone', ipad: 'iPad', macbook: 'MacBook', airpods: 'AirPods', playstation: 'PlayStation', oneplus: 'OnePlus',
  loreal: 'L’Oréal', esteelauder: 'Estée Lauder', vuitton: 'Louis Vuitton', kors: 'Michael Kors', charles: 'Charles & Keith',
  alexandre: 'Alexandre Christie', christie: 'Alexandre Christie', levis: 'Levi’s', hermes: 'Hermès', xbox: 'Xbox',
  rayban: 'Ray-Ban', casetify: 'CASETiFY', on: 'On', hilfiger: 'Tommy Hilfiger', gopro: 'GoPro', bvlgari: 'Bvlgari',
};

export function brandName(brand: string): string {
  return DISPLAY[brand] ?? brand.charAt(0).toUpperCase() + brand.slice(1);
}
