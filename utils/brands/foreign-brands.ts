/**
 * Brands owned abroad. A listing that sells one of them is not a local product, whatever city the
 * seller ships from: no origin, GI, UMKM or "buatan Indonesia" tag (issue 13). One brand a line, with
 * the page that gives the owner's home country; wiki = en.wikipedia.org/wiki/. Keep each row to what
 * the page says: a brand made under licence in Indonesia (Pond's, Nescafé) is still owned abroad.
 * Adding a brand is one line. Brands that are common words carry `cased` (see types.ts).
 */
import type { BrandRow } from './types';

export const FOREIGN_BRANDS: readonly BrandRow[] = [
  // Phones and tablets.
  { name: 'Samsung', country: 'KR', category: 'phone' }, // wiki/Samsung_Electronics
  { name: 'Xiaomi', country: 'CN', category: 'phone' }, // wiki/Xiaomi
  { name: 'Redmi', country: 'CN', category: 'phone' }, // wiki/Redmi (Xiaomi sub-brand)
  { name: 'POCO', terms: ['poco'], country: 'CN', category: 'phone' }, // wiki/Poco_(brand) (Xiaomi sub-brand)
  { name: 'OPPO', country: 'CN', category: 'phone' }, // wiki/Oppo
  { name: 'vivo', country: 'CN', category: 'phone' }, // wiki/Vivo_(technology_company)
  { name: 'realme', country: 'CN', category: 'phone' }, // wiki/Realme
  { name: 'Infinix', country: 'CN', category: 'phone' }, // wiki/Infinix_Mobile (Transsion, Shenzhen)
  { name: 'itel', country: 'CN', category: 'phone' }, // wiki/Itel_Mobile (Transsion, Shenzhen)
  { name: 'TECNO', terms: ['tecno'], country: 'CN', category: 'phone' }, // wiki/Tecno_Mobile (Transsion, Shenzhen)
  { name: 'Apple', country: 'US', category: 'phone', cased: true }, // wiki/Apple_Inc.
  { name: 'iPhone', country: 'US', category: 'phone' }, // wiki/IPhone (Apple)
  { name: 'iPad', country: 'US', category: 'phone' }, // wiki/IPad (Apple)
  { name: 'MacBook', terms: ['macbook', 'imac', 'airpods', 'apple watch'], country: 'US', category: 'computer' }, // wiki/MacBook (Apple)
  { name: 'Huawei', country: 'CN', category: 'phone' }, // wiki/Huawei
  { name: 'Honor', country: 'CN', category: 'phone', cased: true }, // wiki/Honor_(brand)
  { name: 'Nokia', country: 'FI', category: 'phone' }, // wiki/Nokia
  { name: 'Motorola', country: 'US', category: 'phone' }, // wiki/Motorola_Mobility
  { name: 'OnePlus', terms: ['oneplus', 'one plus'], country: 'CN', category: 'phone' }, // wiki/OnePlus
  { name: 'Google Pixel', terms: ['google pixel', 'pixel 6', 'pixel 7', 'pixel 8'], country: 'US', category: 'phone' }, // wiki/Google_Pixel
  { name: 'ZTE', terms: ['zte', 'nubia'], country: 'CN', category: 'phone' }, // wiki/ZTE
  { name: 'Meizu', country: 'CN', category: 'phone' }, // wiki/Meizu
  // Computers, storage, peripherals.
  { name: 'Lenovo', country: 'CN', category: 'computer' }, // wiki/Lenovo
  { name: 'ASUS', terms: ['asus', 'rog'], country: 'TW', category: 'computer' }, // wiki/Asus
  { name: 'Acer', terms: ['acer', 'predator helios'], country: 'TW', category: 'computer' }, // wiki/Acer_Inc.
  { name: 'Dell', country: 'US', category: 'computer', cased: true }, // wiki/Dell
  { name: 'MSI', country: 'TW', category: 'computer' }, // wiki/MSI_(company)
  { name: 'HP Victus', terms: ['hp victus', 'hp pavilion', 'hp envy', 'hp omen', 'hp elitebook', 'hp probook', 'hp 14s', 'hp 240', 'laptop hp', 'hewlett packard', 'hp workstation'], country: 'US', category: 'computer' }, // wiki/HP_Inc. ("HP" alone is also handphone: only product lines)
  { name: 'Microsoft', terms: ['microsoft', 'xbox', 'surface pro'], country: 'US', category: 'computer' }, // wiki/Microsoft
  { name: 'Toshiba', country: 'JP', category: 'electronics' }, // wiki/Toshiba
  { name: 'Seagate', country: 'US', category: 'computer' }, // wiki/Seagate_Technology
  { name: 'Western Digital', terms: ['western digital', 'wd my passport', 'wd elements', 'wd blue', 'wd green'], country: 'US', category: 'computer' }, // wiki/Western_Digital
  { name: 'SanDisk', country: 'US', category: 'computer' }, // wiki/SanDisk
  { name: 'Kingston', country: 'US', category: 'computer' }, // wiki/Kingston_Technology
  { name: 'Transcend', country: 'TW', category: 'computer', cased: true }, // wiki/Transcend_Information
  { name: 'ADATA', country: 'TW', category: 'computer' }, // wiki/ADATA
  { name: 'Logitech', country: 'CH', category: 'computer' }, // wiki/Logitech
  { name: 'Razer', country: 'US', category: 'computer' }, // wiki/Razer_Inc.
  { name: 'Intel', country: 'US', category: 'computer' }, // wiki/Intel
  { name: 'AMD', terms: ['amd', 'ryzen'], country: 'US', category: 'computer' }, // wiki/AMD
  { name: 'NVIDIA', terms: ['nvidia', 'geforce', 'rtx'], country: 'US', category: 'computer' }, // wiki/Nvidia
  { name: 'UGREEN', country: 'CN', category: 'electronics' }, // wiki/Ugreen
  { name: 'Baseus', country: 'CN', category: 'electronics' }, // baseus.com/pages/about-us (Shenzhen)
  { name: 'Anker', country: 'CN', category: 'electronics' }, // wiki/Anker_Innovations
  { name: 'Vention', country: 'CN', category: 'electronics' }, // ventiontech.com/pages/about-us (Shenzhen)
  { name: 'Royal Kludge', terms: ['royal kludge', 'rk61', 'rk84'], country: 'CN', category: 'computer' }, // rkgaming.com about (Shenzhen)
  { name: 'Fantech', country: 'CN', category: 'computer' }, // fantechworld.com about (Fantech, Guangzhou)
  { name: 'Keychron', country: 'CN', category: 'computer' }, // keychron.com about (Shenzhen)
  // Home electronics and appliances.
  { name: 'Sony', country: 'JP', category: 'electronics' }, // wiki/Sony
  { name: 'PlayStation', terms: ['playstation', 'ps4', 'ps5', 'dualsense'], country: 'JP', category: 'game' }, // wiki/PlayStation (Sony)
  { name: 'Nintendo', country: 'JP', category: 'game' }, // wiki/Nintendo
  { name: 'LG', country: 'KR', category: 'electronics' }, // wiki/LG_Electronics
  { name: 'Panasonic', country: 'JP', category: 'electronics' }, // wiki/Panasonic
  { name: 'Sharp', country: 'JP', category: 'electronics', cased: true }, // wiki/Sharp_Corporation
  { name: 'Philips', country: 'NL', category: 'electronics' }, // wiki/Philips
  { name: 'TCL', country: 'CN', category: 'electronics' }, // wiki/TCL_Technology
  { name: 'Hisense', country: 'CN', category: 'electronics' }, // wiki/Hisense
  { name: 'Changhong', country: 'CN', category: 'electronics' }, // wiki/Changhong
  { name: 'Sanyo', country: 'JP', category: 'electronics' }, // wiki/Sanyo
  { name: 'Haier', country: 'CN', category: 'electronics' }, // wiki/Haier
  { name: 'Electrolux', country: 'SE', category: 'electronics' }, // wiki/Electrolux
  { name: 'Midea', country: 'CN', category: 'electronics' }, // wiki/Midea_Group
  { name: 'Daikin', country: 'JP', category: 'electronics' }, // wiki/Daikin
  { name: 'JBL', country: 'US', category: 'electronics' }, // wiki/JBL (Harman, Samsung)
  { name: 'Bose', country: 'US', category: 'electronics' }, // wiki/Bose_Corporation
  { name: 'Canon', country: 'JP', category: 'electronics', cased: true }, // wiki/Canon_Inc.
  { name: 'Nikon', country: 'JP', category: 'electronics' }, // wiki/Nikon
  { name: 'Fujifilm', terms: ['fujifilm', 'instax'], country: 'JP', category: 'electronics' }, // wiki/Fujifilm
  { name: 'GoPro', country: 'US', category: 'electronics' }, // wiki/GoPro
  { name: 'DJI', country: 'CN', category: 'electronics' }, // wiki/DJI
  { name: 'Epson', country: 'JP', category: 'electronics' }, // wiki/Seiko_Epson
  { name: 'Brother', country: 'JP', category: 'electronics', cased: true }, // wiki/Brother_Industries
  { name: 'Dyson', country: 'GB', category: 'electronics' }, // wiki/Dyson_(company)
  { name: 'Casio', country: 'JP', category: 'electronics' }, // wiki/Casio
  { name: 'Bandai', terms: ['bandai', 'gundam', 'gunpla'], country: 'JP', category: 'toy' }, // wiki/Bandai (Gundam kits: Bandai Spirits)
  { name: 'Tamiya', country: 'JP', category: 'toy' }, // wiki/Tamiya_Corporation
  { name: 'LEGO', terms: ['lego'], country: 'DK', category: 'toy' }, // wiki/The_Lego_Group
  { name: 'Hot Wheels', terms: ['hot wheels', 'hotwheels'], country: 'US', category: 'toy' }, // wiki/Hot_Wheels (Mattel)
  // Fashion and sport.
  { name: 'Nike', country: 'US', category: 'sport' }, // wiki/Nike,_Inc.
  { name: 'adidas', country: 'DE', category: 'sport' }, // wiki/Adidas
  { name: 'Puma', country: 'DE', category: 'sport', cased: true }, // wiki/Puma_(brand)
  { name: 'Reebok', country: 'US', category: 'sport' }, // wiki/Reebok
  { name: 'New Balance', country: 'US', category: 'sport' }, // wiki/New_Balance
  { name: 'ASICS', terms: ['asics'], country: 'JP', category: 'sport' }, // wiki/Asics
  { name: 'Converse', country: 'US', category: 'fashion', cased: true }, // wiki/Converse_(shoe_company)
  { name: 'Vans', country: 'US', category: 'fashion', cased: true }, // wiki/Vans
  { name: 'Skechers', country: 'US', category: 'fashion' }, // wiki/Skechers
  { name: 'Crocs', country: 'US', category: 'fashion' }, // wiki/Crocs
  { name: 'FILA', terms: ['fila'], country: 'KR', category: 'sport' }, // wiki/Fila_(company)
  { name: 'Under Armour', country: 'US', category: 'sport' }, // wiki/Under_Armour
  { name: 'Uniqlo', country: 'JP', category: 'fashion' }, // wiki/Uniqlo
  { name: 'GU', terms: ['gu'], country: 'JP', category: 'fashion', cased: true }, // wiki/GU_(retailer) (Fast Retailing)
  { name: 'Zara', country: 'ES', category: 'fashion' }, // wiki/Zara_(retailer)
  { name: 'Pull & Bear', terms: ['pull bear', 'pull and bear', 'pull&bear'], country: 'ES', category: 'fashion' }, // wiki/Pull%26Bear
  { name: 'Bershka', country: 'ES', category: 'fashion' }, // wiki/Bershka
  { name: "Levi's", terms: ['levis', 'levi s'], country: 'US', category: 'fashion' }, // wiki/Levi_Strauss_%26_Co.
  { name: 'Supreme', country: 'US', category: 'fashion', cased: true }, // wiki/Supreme_(brand)
  { name: 'BAPE', terms: ['bape', 'a bathing ape'], country: 'JP', category: 'fashion' }, // wiki/A_Bathing_Ape
  { name: 'Stone Island', country: 'IT', category: 'fashion' }, // wiki/Stone_Island
  { name: 'Gucci', country: 'IT', category: 'fashion' }, // wiki/Gucci
  { name: 'Louis Vuitton', terms: ['louis vuitton', 'lv monogram'], country: 'FR', category: 'fashion' }, // wiki/Louis_Vuitton
  { name: 'Prada', country: 'IT', category: 'fashion' }, // wiki/Prada
  { name: 'Chanel', country: 'FR', category: 'fashion' }, // wiki/Chanel
  { name: 'Hermès', terms: ['hermes'], country: 'FR', category: 'fashion' }, // wiki/Herm%C3%A8s
  { name: 'Coach', country: 'US', category: 'fashion', cased: true }, // wiki/Coach_New_York
  { name: 'Michael Kors', country: 'US', category: 'fashion' }, // wiki/Michael_Kors
  { name: 'Charles & Keith', terms: ['charles keith', 'charles and keith'], country: 'SG', category: 'fashion' }, // wiki/Charles_%26_Keith
  { name: 'Pedro', country: 'SG', category: 'fashion', cased: true }, // wiki/Charles_%26_Keith (Pedro is its sister brand)
  { name: 'The North Face', terms: ['the north face', 'tnf'], country: 'US', category: 'sport' }, // wiki/The_North_Face
  { name: 'Fossil', country: 'US', category: 'fashion', cased: true }, // wiki/Fossil_Group
  { name: 'Daniel Wellington', country: 'SE', category: 'fashion' }, // wiki/Daniel_Wellington
  { name: 'Ray-Ban', terms: ['rayban', 'ray ban'], country: 'IT', category: 'fashion' }, // wiki/Ray-Ban (EssilorLuxottica)
  { name: 'Evangelion', terms: ['evangelion'], country: 'JP', category: 'toy' }, // wiki/Neon_Genesis_Evangelion (Khara licence)
  { name: 'Onitsuka Tiger', country: 'JP', category: 'fashion' }, // wiki/Onitsuka_Tiger (ASICS)
  { name: 'Dr. Martens', terms: ['dr martens', 'doc martens'], country: 'GB', category: 'fashion' }, // wiki/Dr._Martens
  { name: 'Timberland', country: 'US', category: 'fashion' }, // wiki/Timberland_(company)
  { name: 'Hush Puppies', country: 'US', category: 'fashion' }, // wiki/Hush_Puppies (Wolverine World Wide)
  { name: 'Ecko Unltd', terms: ['ecko unltd', 'ecko'], country: 'US', category: 'fashion' }, // wiki/Ecko_Unltd.
  { name: 'Patagonia', country: 'US', category: 'sport', cased: true }, // wiki/Patagonia,_Inc.
  // Cosmetics, skincare, fragrance.
  { name: "L'Oréal", terms: ['loreal', 'l oreal'], country: 'FR', category: 'cosmetics' }, // wiki/L%27Or%C3%A9al
  { name: 'Maybelline', country: 'US', category: 'cosmetics' }, // wiki/Maybelline (L'Oréal)
  { name: 'Garnier', country: 'FR', category: 'cosmetics' }, // wiki/Garnier (L'Oréal)
  { name: "Pond's", terms: ['ponds', 'pond s'], country: 'US', category: 'cosmetics' }, // wiki/Pond%27s (Unilever)
  { name: 'Nivea', country: 'DE', category: 'cosmetics' }, // wiki/Nivea (Beiersdorf)
  { name: 'Vaseline', country: 'US', category: 'cosmetics' }, // wiki/Vaseline (Unilever)
  { name: 'Dove', country: 'GB', category: 'cosmetics', cased: true }, // wiki/Dove_(brand) (Unilever)
  { name: 'Cetaphil', country: 'CH', category: 'cosmetics' }, // wiki/Cetaphil (Galderma)
  { name: 'Olay', country: 'US', category: 'cosmetics' }, // wiki/Olay (Procter & Gamble)
  { name: 'Neutrogena', country: 'US', category: 'cosmetics' }, // wiki/Neutrogena
  { name: 'The Ordinary', country: 'CA', category: 'cosmetics' }, // wiki/Deciem
  { name: 'Innisfree', country: 'KR', category: 'cosmetics' }, // wiki/Innisfree
  { name: 'COSRX', terms: ['cosrx'], country: 'KR', category: 'cosmetics' }, // wiki/COSRX
  { name: 'Some By Mi', terms: ['some by mi', 'somebymi'], country: 'KR', category: 'cosmetics' }, // somebymi.com brand story (Seoul)
  { name: 'Laneige', country: 'KR', category: 'cosmetics' }, // wiki/Laneige (Amorepacific)
  { name: 'Nature Republic', country: 'KR', category: 'cosmetics' }, // wiki/Nature_Republic
  { name: 'Skintific', country: 'CN', category: 'cosmetics' }, // skintific.com about; company filings list a Guangzhou owner (brand story says Canada: foreign either way)
  { name: 'The Originote', terms: ['the originote', 'originote'], country: 'CN', category: 'cosmetics' }, // theoriginote.com about (brand of a Chinese group, sold in Indonesia)
  { name: 'Glad2Glow', terms: ['glad2glow', 'glad 2 glow'], country: 'CN', category: 'cosmetics' }, // glad2glow.com about (Chinese-owned brand launched for Indonesia)
  { name: 'Estée Lauder', terms: ['estee lauder'], country: 'US', category: 'cosmetics' }, // wiki/Est%C3%A9e_Lauder_Companies
  { name: 'Clinique', country: 'US', category: 'cosmetics' }, // wiki/Clinique
  { name: 'SK-II', terms: ['sk ii', 'skii', 'sk2'], country: 'JP', category: 'cosmetics' }, // wiki/SK-II
  { name: 'Hada Labo', country: 'JP', category: 'cosmetics' }, // wiki/Rohto_Pharmaceutical (Hada Labo)
  { name: 'Biore', terms: ['biore'], country: 'JP', category: 'cosmetics' }, // wiki/Bior%C3%A9 (Kao)
  { name: 'Senka', country: 'JP', category: 'cosmetics' }, // wiki/Shiseido (Senka)
  { name: 'Lattafa', country: 'AE', category: 'fragrance' }, // lattafa.com about (Dubai)
  { name: 'Fragrance World', country: 'AE', category: 'fragrance' }, // fragranceworld.ae about (Dubai)
  { name: 'Afnan', country: 'AE', category: 'fragrance' }, // afnan.com about (Dubai)
  { name: 'Armaf', country: 'AE', category: 'fragrance' }, // armaf.com about (Dubai)
  { name: 'French Avenue', country: 'AE', category: 'fragrance' }, // Fragrance World line (Dubai)
  { name: 'Dior', country: 'FR', category: 'fragrance' }, // wiki/Dior
  { name: 'Calvin Klein', country: 'US', category: 'fragrance' }, // wiki/Calvin_Klein
  { name: 'Victoria’s Secret', terms: ['victoria secret', 'victorias secret', 'victoria s secret'], country: 'US', category: 'fragrance' }, // wiki/Victoria%27s_Secret
  { name: 'Bath & Body Works', terms: ['bath and body works', 'bath body works', 'bbw'], country: 'US', category: 'fragrance' }, // wiki/Bath_%26_Body_Works
  { name: 'Gatsby', country: 'JP', category: 'cosmetics', cased: true }, // wiki/Mandom (Gatsby)
  { name: 'Pantene', country: 'US', category: 'cosmetics' }, // wiki/Pantene (Procter & Gamble)
  { name: 'Sunsilk', country: 'GB', category: 'cosmetics' }, // wiki/Sunsilk (Unilever)
  { name: 'Lifebuoy', country: 'GB', category: 'cosmetics' }, // wiki/Lifebuoy_(soap) (Unilever)
  { name: 'Rexona', country: 'GB', category: 'cosmetics' }, // wiki/Rexona (Unilever)
  { name: 'Head & Shoulders', terms: ['head shoulders', 'head and shoulders'], country: 'US', category: 'cosmetics' }, // wiki/Head_%26_Shoulders (P&G)
  { name: 'Safi', country: 'MY', category: 'cosmetics', cased: true }, // safiindonesia.com (Wipro Unza, Malaysia)
  { name: 'Bioaqua', country: 'CN', category: 'cosmetics' }, // bioaqua brand pages (Beijing Yichen, China)
  { name: 'Etude', terms: ['etude house', 'etude'], country: 'KR', category: 'cosmetics' }, // wiki/Etude_House (Amorepacific)
  { name: 'Sulwhasoo', country: 'KR', category: 'cosmetics' }, // wiki/Sulwhasoo (Amorepacific)
  { name: 'Focallure', country: 'CN', category: 'cosmetics' }, // focallure.com about (Guangzhou)
  { name: 'Pinkflash', terms: ['pinkflash', 'pink flash'], country: 'CN', category: 'cosmetics' }, // pinkflash.com about (China)
  { name: "O.TWO.O", terms: ['o two o', 'otwoo'], country: 'CN', category: 'cosmetics' }, // otwoo.com about (Guangzhou)
  { name: 'Judydoll', country: 'CN', category: 'cosmetics' }, // judydoll.com about (Hangzhou)
  { name: 'MAC Cosmetics', terms: ['mac cosmetics', 'mac powder', 'mac lipstick', 'mac studio fix'], country: 'CA', category: 'cosmetics' }, // wiki/MAC_Cosmetics (Estée Lauder)
  // Food and drink.
  { name: 'Starbucks', country: 'US', category: 'drink' }, // wiki/Starbucks
  { name: 'Nescafé', terms: ['nescafe'], country: 'CH', category: 'drink' }, // wiki/Nescaf%C3%A9 (Nestlé)
  { name: 'Nestlé', terms: ['nestle'], country: 'CH', category: 'food' }, // wiki/Nestl%C3%A9
  { name: 'Milo', country: 'CH', category: 'drink', cased: true }, // wiki/Milo_(drink) (Nestlé)
  { name: 'Dancow', country: 'CH', category: 'drink' }, // nestle.co.id/brands/dancow (Nestlé)
  { name: 'Bear Brand', country: 'CH', category: 'drink' }, // wiki/Bear_Brand (Nestlé)
  { name: 'Lao Gan Ma', terms: ['lao gan ma', 'laoganma'], country: 'CN', category: 'food' }, // wiki/Lao_Gan_Ma
  { name: 'Samyang', terms: ['samyang', 'buldak'], country: 'KR', category: 'food' }, // wiki/Samyang_Foods
  { name: 'Nongshim', terms: ['nongshim', 'shin ramyun'], country: 'KR', category: 'food' }, // wiki/Nongshim
  { name: 'Ottogi', country: 'KR', category: 'food' }, // wiki/Ottogi
  { name: 'Bibigo', terms: ['bibigo', 'cj cheiljedang'], country: 'KR', category: 'food' }, // wiki/CJ_CheilJedang
  { name: 'Chung Jung One', terms: ['chung jung one', 'daesang'], country: 'KR', category: 'food' }, // wiki/Daesang_Corporation
  { name: 'Nissin', country: 'JP', category: 'food' }, // wiki/Nissin_Foods
  { name: 'Kewpie', country: 'JP', category: 'food' }, // wiki/Kewpie_(company)
  { name: 'S&B', terms: ['s b wasabi', 'sb wasabi'], country: 'JP', category: 'food' }, // wiki/S%26B_Foods
  { name: 'Lee Kum Kee', country: 'HK', category: 'food' }, // wiki/Lee_Kum_Kee
  { name: 'Heinz', country: 'US', category: 'food' }, // wiki/Heinz
  { name: 'Maggi', country: 'CH', category: 'food' }, // wiki/Maggi (Nestlé)
  { name: 'Knorr', country: 'GB', category: 'food' }, // wiki/Knorr (Unilever)
  { name: 'Lipton', country: 'GB', category: 'drink' }, // wiki/Lipton
  { name: 'Twinings', country: 'GB', category: 'drink' }, // wiki/Twinings
  { name: 'Coca-Cola', terms: ['coca cola', 'cocacola'], country: 'US', category: 'drink' }, // wiki/The_Coca-Cola_Company
  { name: 'Pepsi', country: 'US', category: 'drink' }, // wiki/Pepsi
  { name: 'Ovaltine', country: 'GB', category: 'drink' }, // wiki/Ovaltine (Associated British Foods)
  { name: 'Yakult', country: 'JP', category: 'drink' }, // wiki/Yakult
  { name: 'Pocky', country: 'JP', category: 'food' }, // wiki/Pocky (Ezaki Glico)
  { name: 'KitKat', terms: ['kitkat', 'kit kat'], country: 'CH', category: 'food' }, // wiki/Kit_Kat (Nestlé)
  { name: 'Oreo', country: 'US', category: 'food' }, // wiki/Oreo (Mondelez)
  { name: 'Pringles', country: 'US', category: 'food' }, // wiki/Pringles (Kellanova)
  { name: 'Toblerone', country: 'CH', category: 'food' }, // wiki/Toblerone (Mondelez)
  { name: 'Ferrero', terms: ['ferrero', 'ferrero rocher', 'nutella', 'kinder joy', 'kinder bueno'], country: 'IT', category: 'food' }, // wiki/Ferrero_SpA
  { name: "Hershey's", terms: ['hersheys', 'hershey s', 'hershey'], country: 'US', category: 'food' }, // wiki/The_Hershey_Company
  { name: 'Cadbury', country: 'GB', category: 'food' }, // wiki/Cadbury (Mondelez)
  { name: 'M&M’s', terms: ['m m s', 'mnm'], country: 'US', category: 'food' }, // wiki/M%26M%27s (Mars)
  { name: 'Quaker', country: 'US', category: 'food', cased: true }, // wiki/Quaker_Oats_Company (PepsiCo)
  { name: 'Kellogg’s', terms: ['kelloggs', 'kellogg s', 'kellogg'], country: 'US', category: 'food' }, // wiki/Kellogg%27s
  { name: 'McCormick', country: 'US', category: 'food' }, // wiki/McCormick_%26_Company
  { name: 'Enfagrow', terms: ['enfagrow', 'enfamil'], country: 'US', category: 'food' }, // wiki/Mead_Johnson
  { name: 'SGM', terms: ['sgm eksplor'], country: 'FR', category: 'food' }, // sarihusada.co.id (Danone Specialized Nutrition)
  { name: 'Bebelac', country: 'FR', category: 'food' }, // nutriclub.co.id (Danone)
  { name: "Lay's", terms: ['lays', 'lay s', 'doritos', 'cheetos'], country: 'US', category: 'food' }, // wiki/Lay%27s (PepsiCo; Frito-Lay)
  { name: 'Kinder', terms: ['kinder'], country: 'IT', category: 'food', cased: true }, // wiki/Kinder_(brand) (Ferrero)
  { name: 'Ajinomoto', terms: ['ajinomoto', 'masako', 'mayumi', 'sajiku'], country: 'JP', category: 'food' }, // wiki/Ajinomoto (Masako, Mayumi, Sajiku are its Indonesian lines)
  { name: 'Del Monte', country: 'US', category: 'food' }, // wiki/Del_Monte_Foods
  { name: 'Kraft', terms: ['kraft', 'kraft singles'], country: 'US', category: 'food', cased: true }, // wiki/Kraft_Heinz
  { name: 'Frisian Flag', country: 'NL', category: 'drink' }, // wiki/FrieslandCampina (Frisian Flag Indonesia)
  { name: 'Meiji', terms: ['meiji', 'hello panda', 'yan yan'], country: 'JP', category: 'food' }, // wiki/Meiji_Holdings
  { name: 'Pocari Sweat', terms: ['pocari sweat', 'pocari'], country: 'JP', category: 'drink' }, // wiki/Pocari_Sweat (Otsuka)
  { name: 'AQUA', terms: ['aqua'], country: 'FR', category: 'drink', cased: true }, // wiki/Aqua_(mineral_water) (Danone); AQUA Japan appliances are Haier's: foreign either way
  // Bicycles and parts.
  { name: 'Shimano', country: 'JP', category: 'bicycle' }, // wiki/Shimano
  { name: 'SRAM', terms: ['sram'], country: 'US', category: 'bicycle' }, // wiki/SRAM_Corporation
  { name: 'Giant', country: 'TW', category: 'bicycle', cased: true }, // wiki/Giant_Manufacturing
  { name: 'Merida', country: 'TW', category: 'bicycle' }, // wiki/Merida_Bikes
  { name: 'Trek', country: 'US', category: 'bicycle', cased: true }, // wiki/Trek_Bicycle_Corporation
  { name: 'Specialized', country: 'US', category: 'bicycle', cased: true }, // wiki/Specialized_Bicycle_Components
  { name: 'Cannondale', country: 'US', category: 'bicycle' }, // wiki/Cannondale
  { name: 'Brompton', country: 'GB', category: 'bicycle' }, // wiki/Brompton_Bicycle
  { name: 'Dahon', country: 'US', category: 'bicycle' }, // wiki/Dahon
  { name: 'RockShox', terms: ['rockshox', 'rock shox'], country: 'US', category: 'bicycle' }, // wiki/RockShox (SRAM)
  { name: 'Maxxis', country: 'TW', category: 'bicycle' }, // wiki/Maxxis
  { name: 'Schwalbe', country: 'DE', category: 'bicycle' }, // wiki/Schwalbe_(company)
  { name: 'Kenda', country: 'TW', category: 'bicycle', cased: true }, // wiki/Kenda_Rubber_Industrial_Company
  { name: 'Microshift', country: 'TW', category: 'bicycle' }, // microshift.com about (Taiwan)
  { name: 'SunRace', terms: ['sunrace'], country: 'TW', category: 'bicycle' }, // wiki/SunRace
  // Household, tools, vehicles.
  { name: 'Tupperware', country: 'US', category: 'household' }, // wiki/Tupperware_Brands
  { name: 'Lock & Lock', terms: ['lock lock', 'locknlock', 'lock n lock'], country: 'KR', category: 'household' }, // wiki/Lock%26Lock
  { name: 'IKEA', terms: ['ikea'], country: 'SE', category: 'household' }, // wiki/IKEA
  { name: 'Bosch', country: 'DE', category: 'household' }, // wiki/Robert_Bosch_GmbH
  { name: 'Makita', country: 'JP', category: 'household' }, // wiki/Makita
  { name: 'Sparmax', country: 'TW', category: 'household' }, // sparmax.com about (Taiwan airbrush compressors)
  { name: 'Tefal', country: 'FR', category: 'household' }, // wiki/Tefal (Groupe SEB)
  { name: 'Corelle', country: 'US', category: 'household' }, // wiki/Corelle
  { name: 'Pyrex', country: 'US', category: 'household' }, // wiki/Pyrex
  { name: 'Zojirushi', country: 'JP', category: 'household' }, // wiki/Zojirushi
  { name: 'Rinnai', country: 'JP', category: 'household' }, // wiki/Rinnai
  { name: 'Honda', country: 'JP', category: 'automotive' }, // wiki/Honda
  { name: 'Yamaha', country: 'JP', category: 'automotive' }, // wiki/Yamaha_Motor_Company
  { name: 'Toyota', country: 'JP', category: 'automotive' }, // wiki/Toyota
  { name: 'Suzuki', country: 'JP', category: 'automotive' }, // wiki/Suzuki
  { name: 'Kawasaki', country: 'JP', category: 'automotive' }, // wiki/Kawasaki_Heavy_Industries
];
