/**
 * Words that tell what a product is, in Indonesian and English, for the export check. Head nouns
 * are read from the title (and category); materials also from the description, where sellers
 * write "Bahan: kayu jati". Sources: KBBI for the Indonesian words; the marketplaces' category
 * trees (Pakaian, Perlengkapan Dapur, Kecantikan, Makanan & Minuman) for the grouping.
 */

/** Worn clothing (also textiles). "Kaos kaki" is socks: still a garment. */
export const GARMENT =
  /\b(?:kaos|kaus|t-?shirts?|kemeja|shirts?|blouse|blus|baju|celana|pants|trousers|jeans|rok|skirts?|dress|gamis|abaya|jaket|jackets?|hoodies?|sweaters?|cardigan|kebaya|tunik|tunic|piyama|pajamas?|daster|mukena|hijab|kerudung|jilbab|pashmina|khimar|syal|scarf|selendang|shawl|sarung(?!\s+(?:bantal|guling|kasur|hp|handphone|keris|pedang|pisau|golok|galon|kursi|jok|laptop|tablet|kamera|helm|mobil|motor|cover|pelindung|perangkat|hdd|ssd|hardisk|harddisk|ps\d|stik|gitar))|sarong|outer|blazer|rompi|vest|kulot|jumpsuit|overall|legging|singlet|boxer|kemko|koko|beskap|blangkon|udeng|peci|kopiah|sweatshirt|polo)\b/i;

/** Textiles that are not worn, and textile techniques. "Batik" alone is almost always cloth. */
export const TEXTILE =
  /\b(?:kain|fabric|cloth|batik|tenun(?:an)?|songket|ulos|lurik|tapis|sasirangan|gringsing|ikat(?!\s+(?:pinggang|rambut|kepala|tali))|sprei|seprai|bed\s?cover|sarung\s+bantal|pillow\s?case|taplak|table\s?cloth|gorden|gordyn|curtains?|handuk|towels?|selimut|blankets?|tote\s?bag|tas\s+(?:kain|kanvas|blacu)|masker\s+kain|tekstil|textile)\b/i;

/** Fibres named as the material ("bahan katun"). Not "kapas": in a title that is cotton wool for the face. */
export const FIBRE_MATERIAL =
  /\b(?:katun|cotton|linen|rayon|viscose|viskosa|polyester|poliester|spandex|elastane|sutra|sutera|silk|wol|wool|nilon|nylon|denim|kanvas|canvas|blacu|drill|twill|satin|chiffon|sifon|jersey|fleece)\b/i;

/** Leather and similar: a "jaket kulit" is a garment but no textile product in law. */
export const LEATHER = /\b(?:kulit\s+(?:asli|sapi|domba|kambing|sintetis|imitasi)|genuine\s+leather|leather|kulit)\b/i;

/** Things made for clothes, not clothes: "gantungan baju", "sikat sepatu", "kancing kemeja". */
export const FOR_CLOTHES =
  /\b(?:gantungan|hanger|rak|lemari|sikat|deterjen|detergen|pewangi|pelembut|setrika|jepitan|jepit|kancing|resleting|sablon|mesin|cetakan|pola|manekin|boneka|sabun|plastik|kardus|box|kotak|label|hangtag|tempat|keranjang|tali|stoper|stopper|aglet|pentul|peniti|bros|jemuran|kamper|pengharum)\s+(?:baju|kaos|kaus|kemeja|pakaian|celana|jilbab|hijab|kerudung|batik|kain|hoodie|jaket|sweater)\b/i;

/** Dishes, cups and pots that touch food or drink. */
export const TABLEWARE =
  /\b(?:piring|plates?|mangkok|mangkuk|bowls?|cangkir|cups?|mugs?|gelas|teko|teapots?|poci|kendi|jugs?|cobek|ulekan|kuali|periuk|wajan|dandang|nampan|saucers?|sendok|spoons?|garpu|forks?|sumpit|chopsticks|talenan|cutting\s+board|tableware|dinnerware|peralatan\s+makan|alat\s+makan|set\s+makan|tea\s?set|coffee\s?set|cawan|lepek|tatakan\s+gelas|wadah\s+makan|rantang|tumbler)\b/i;

/** Fired clay. "Keramik lantai" (tiles) has no tableware word, so it never counts. */
export const CERAMIC =
  /\b(?:keramik|ceramics?|gerabah|tembikar|tanah\s+liat|clay|stoneware|earthenware|porselen|porcelain|terakota|terracotta|stone\s?ware)\b/i;

/** Wood by name and by species sellers use. */
export const WOOD =
  /\b(?:kayu|wood(?:en)?|timber|jati|teak|mahoni|mahogany|sonokeling|rosewood|trembesi|suar|pinus|akasia|acacia|mindi|sengon|nangka|ulin|eboni|cendana|sandalwood|meranti|bengkirai|merbau)\b/i;

/** Rattan; bamboo is not timber in law, so it is not here. */
export const RATTAN = /\b(?:rotan|rattan)\b/i;

/** Plastic imitations of rattan (PE rattan): no forest product, so no legality paper. */
export const SYNTHETIC_RATTAN =
  /\b(?:(?:rotan|rattan)\s+(?:sintetis|sintetik|synthetic|plastik|plastic|imitasi|pe)|(?:synthetic|sintetis|plastic|pe|imitasi)\s+(?:rotan|rattan))\b/i;

/** Natural food-contact materials other than clay. */
export const NATURAL_MATERIAL = /\b(?:kayu|wood(?:en)?|jati|teak|bambu|bamboo|batok|tempurung|coconut\s+shell|rotan|rattan|lidi|pandan)\b/i;

/**
 * A material named only as a look: "motif kayu", "corak batik", "warna kayu", "serat kayu" on vinyl,
 * "efek marmer". Removed before the kinds are read, with wooden parts of another product ("pisau gagang
 * kayu" is a knife, not a wood product). Also spices and herbs that are called wood:
 * "kayu manis" (cinnamon), "kayu putih" (cajeput oil), "kayu secang" (sappan, a drink), "kayu angin".
 */
export const LOOKS_LIKE =
  /\b(?:motif|bermotif|corak|bercorak|warna|tekstur|serat|efek|gambar|print|printing|sablon|stiker|sticker|imitasi|look|pattern|print(?:ed)?|texture|grain|ala|gaya|style)\s+(?:kayu|wood(?:en)?|batik|tenun|songket|ikat|rotan|rattan|keramik|ceramic|jati|marmer|kulit)(?:\s+(?:jati|mahoni|sonokeling|pinus|oak|walnut|teak))?\b|\b(?:kayu|wood)\s+(?:grain|look|pattern|texture|effect)\b|\bkayu\s+(?:manis|putih|secang|angin)\b|\b(?:gagang|pegangan|handle|tutup|tangkai)\s+(?:kayu|wood(?:en)?|jati|bambu|rotan)\b|\bwooden\s+handles?\b|\b(?:free|gratis|bonus|hadiah)\s+[a-z]+(?:\s+[a-z]+)?|\bcotton\s?(?:buds?|pads?|swabs?)\b|\b(?:lapisan|coating|coated|lapis)\s+(?:keramik|ceramic)\b|\b(?:keramik|ceramic)\s+(?:anti\s?lengket|non\s?stick|coating|coated)\b|\b(?:packing|peti|palet|pallet)\s+kayu\b/gi;

/** Looked-after skin, hair and scent products; soap is a cosmetic in the EU (Regulation 1223/2009 art. 2). */
export const COSMETIC =
  /\b(?:sabun(?!\s+(?:cuci|colek|laundry|piring|lantai))|soaps?|lulur|body\s?scrub|scrub|lotion|body\s?butter|serum|krim\s+(?:wajah|malam|siang|tangan|kaki)|face\s?cream|night\s?cream|bedak|lipstik|lipstick|lip\s?balm|lip\s?tint|parfum|perfume|eau\s+de|minyak\s+rambut|hair\s?oil|sampo|shampoo|conditioner|deodoran|deodorant|facial\s?wash|face\s?wash|toner|sunscreen|tabir\s+surya|masker\s+(?:wajah|muka|organik|bengkoang|clay|lumpur)|sheet\s?mask|skincare|body\s?mist|body\s?wash|hand\s?cream|kosmetik|cosmetics?)\b/i;

/** Holders and tools for soap and the like: "tempat sabun", "cetakan sabun". */
export const NOT_COSMETIC =
  /\b(?:tempat|cetakan|wadah|rak|keranjang|dispenser|kotak|box|pouch|tas|botol\s+kosong|mesin|kursus|kelas)\s+(?:sabun|soap|parfum|perfume|lipstik|bedak|kosmetik|skincare|make\s?up)\b/i;

/** Pant-style diapers ("popok celana", "baby pants") and the diaper brands that sell them as "pants". */
export const NOT_GARMENT = /\b(?:popok|diapers?|pampers|pospak|mamypoko|merries|sweety|makuku|huggies|baby\s+(?:happy\s+)?pants)\b/i;

export const GARMENT_CATEGORY = /\b(?:pakaian|busana|fashion\s+(?:pria|wanita|muslim|anak)|baju|clothing|apparel)\b/i;
export const COSMETIC_CATEGORY = /\b(?:kecantikan|perawatan\s+(?:tubuh|wajah|rambut)|beauty|kosmetik|personal\s+care)\b/i;

/** "Bahan: kayu jati", "terbuat dari rotan", "made of stoneware": a material the description names as what the product is made of. */
const MADE_OF = String.raw`\b(?:bahan(?:\s+(?:dasar|utama|baku))?|material|terbuat\s+dari|dibuat\s+dari|made\s+(?:of|from)|100%)\s{0,3}:?\s{0,3}`;
const namedAs = (words: string) => new RegExp(`${MADE_OF}(?:${words})\\b`, 'i');
export const MADE_OF_WOOD = namedAs(
  'kayu|wood(?:en)?|solid\\s+wood|jati|teak|mahoni|mahogany|sonokeling|trembesi|suar|pinus|pine|akasia|acacia|mindi|sengon',
);
export const MADE_OF_RATTAN = namedAs('rotan|rattan');
export const MADE_OF_CERAMIC = namedAs(
  'keramik|ceramic|gerabah|tanah\\s+liat|clay|stoneware|earthenware|porselen|porcelain|terakota|terracotta',
);
export const MADE_OF_NATURAL = namedAs('kayu|wood(?:en)?|jati|teak|bambu|bamboo|batok|tempurung|coconut\\s+shell|rotan|rattan|lidi|pandan');

/**
 * Spices and staples the quality engine's food detector leaves out (it judges P-IRT needs), but which
 * are food to a destination: "Kayu Manis Bubuk" is cinnamon. Spice names from Kemendag's export list.
 */
export const SPICE_FOOD =
  /\b(?:kayu\s+manis|cinnamon|cengkeh|cloves?|lada|merica|pepper|pala|nutmeg|vanil(?:i|la)|kunyit|turmeric|jahe|ginger|kapulaga|cardamom|rempah(?:-rempah)?|spices?|gula\s+(?:aren|semut|kelapa)|palm\s+sugar|beras|kakao|cocoa)\b/i;

/** Hard materials a pattern name can be printed on ("piring enamel motif lurik"): with one, a technique word is a look. */
export const HARD_MATERIAL =
  /\b(?:enamel|seng|stainless|plastik|plastic|kaca|glass|besi|aluminium|melamin|melamine|akrilik|acrylic|resin|logam|metal)\b/i;

/**
 * Kitchen tools and appliances named with the food they handle ("capit kue", "saringan santan",
 * "termos nasi", "pemanas air untuk kopi"): the tool is sold, not the food.
 */
export const FOOD_TOOL =
  /\b(?:capit|capitan|japit|japitan|jepitan|sutil|sotel|spatula|kuas|termos|wakul|tepak|saringan|cetakan|loyang|ulekan|cobek|pemanas|heater|cooker|bucket|basi|panci|wajan|mixer|blender|grinder|mesin|dispenser|teko|rak|tempat|wadah)\b/i;
