/**
 * Manufacturers' and authorised distributors' own sites, for the `contact-info` rule: a
 * brand's support, warranty, manual or IMEI-check page in a description sends the buyer to
 * help, not to a sale elsewhere ("an official brand's help link in a description taken for
 * contact details" was a false alarm on real listings: ../shared/design/marketplaces.md,
 * "Corrections"). Data: domain → the words in a title that show the listing is that brand's.
 * A link to one of these stays quiet when the title names the brand, or when the path is a
 * support page (see SUPPORT_PATH); other links are still contacts.
 * Domains are the brands' own (their sites' footers); eraspace.com is Erajaya's, the official
 * distributor behind many brands' official stores; ibox.co.id and digimap.co.id are Apple
 * Premium Resellers in Indonesia.
 */
export const OFFICIAL_DOMAINS: Readonly<Record<string, readonly string[]>> = {
  'samsung.com': ['samsung', 'galaxy'],
  'apple.com': ['apple', 'iphone', 'ipad', 'macbook', 'airpods', 'imac'],
  'ibox.co.id': ['apple', 'iphone', 'ipad', 'macbook', 'airpods', 'ibox'],
  'digimap.co.id': ['apple', 'iphone', 'ipad', 'macbook', 'airpods', 'digimap'],
  'mi.com': ['xiaomi', 'redmi', 'poco'],
  'mi.co.id': ['xiaomi', 'redmi', 'poco'],
  'xiaomi.com': ['xiaomi', 'redmi', 'poco'],
  'oppo.com': ['oppo'],
  'vivo.com': ['vivo', 'iqoo'],
  'realme.com': ['realme'],
  'infinixmobility.com': ['infinix'],
  'tecno-mobile.com': ['tecno'],
  'itel-life.com': ['itel'],
  'huawei.com': ['huawei'],
  'nokia.com': ['nokia'],
  'hmd.com': ['nokia', 'hmd'],
  'eraspace.com': ['nokia', 'xiaomi', 'redmi', 'samsung', 'apple', 'iphone', 'oppo', 'vivo', 'realme', 'huawei', 'infinix', 'itel', 'tecno', 'erajaya', 'eraspace'],
  'asus.com': ['asus', 'rog', 'vivobook', 'zenbook'],
  'lenovo.com': ['lenovo', 'legion', 'thinkpad', 'ideapad', 'loq'],
  'acer.com': ['acer', 'predator', 'nitro', 'aspire', 'swift'],
  'hp.com': ['hp', 'victus', 'omen', 'pavilion'],
  'dell.com': ['dell', 'alienware', 'latitude', 'inspiron'],
  'msi.com': ['msi'],
  'logitech.com': ['logitech'],
  'logi.com': ['logitech'],
  'sony.com': ['sony', 'playstation', 'ps5', 'ps4'],
  'sony.co.id': ['sony'],
  'playstation.com': ['playstation', 'ps5', 'ps4', 'sony'],
  'nintendo.com': ['nintendo', 'switch'],
  'microsoft.com': ['microsoft', 'windows', 'xbox', 'office', 'surface'],
  'google.com': ['google', 'pixel', 'android'],
  'canon.co.id': ['canon'],
  'canon.com': ['canon'],
  'epson.co.id': ['epson'],
  'westerndigital.com': ['wd', 'western', 'sandisk'],
  'sandisk.com': ['sandisk'],
  'seagate.com': ['seagate'],
  'kingston.com': ['kingston'],
  'philips.com': ['philips'],
  'philips.co.id': ['philips'],
  'panasonic.com': ['panasonic'],
  'lg.com': ['lg'],
  'anker.com': ['anker', 'soundcore', 'eufy'],
  'baseus.com': ['baseus'],
  'polytron.co.id': ['polytron'],
};

/** Words in the path of support, warranty, manual and verification pages ("/id/support", "/claim-transaction"). */
export const SUPPORT_PATH_WORDS: ReadonlySet<string> = new Set([
  'support', 'help', 'bantuan', 'garansi', 'warranty', 'manual', 'manuals', 'docs', 'documentation', 'download', 'downloads', 'driver',
  'drivers', 'claim', 'klaim', 'imei', 'service', 'servis', 'register', 'registrasi', 'verify', 'verifikasi', 'faq', 'check', 'cek',
]);
