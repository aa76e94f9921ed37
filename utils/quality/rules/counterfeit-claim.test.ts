import { describe, expect, it } from 'vitest';
import { counterfeitClaim } from './counterfeit-claim';
import { buildContext } from '../context';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

const claims = (text: string) => runRule(counterfeitClaim, listingWith({ description: text })).map((f) => f.params[0]);
const inTitle = (title: string) => runRule(counterfeitClaim, minimalListing(title));

describe('counterfeit-claim', () => {
  it.each([
    ['Sepatu KW super mirip aslinya', 'KW super'],
    ['Tas replika kualitas terbaik', 'replika'],
    ['Jam tangan super copy', 'super copy'],
    ['Kualitas 1:1 dengan ori', 'Kualitas 1:1'],
    ['Sama persis 1:1 dengan original', '1:1 dengan original'],
    ['Mirror quality, ori-like', 'Mirror quality'],
    ['Sneakers grade ori', 'grade ori'],
    ['Tas mirip ori', 'mirip ori'],
    ['Dompet kw 1 murah', 'kw 1'],
    ['iPhone 15 Pro Max HDC fullset', 'HDC'],
    ['IPHONE 14 PRO MAX HDC 256GB FULLSET', 'HDC'],
    ['HP Android super clone layar 6.7 inch', 'super clone'],
    ['Samsung S24 Ultra clone bergaransi toko', 'clone'],
    ['Parfum replika aroma mirip aslinya', 'replika'],
    ['Jam tangan grade original Swiss', 'grade original'],
    ['Sepatu Premium Copy kualitas bagus', 'Premium Copy'],
    ['Sepatu Nike Air Jordan No Box KW Super', 'KW Super'],
    ['Tas Wanita Gucci Marmont Semi Premium', 'Semi Premium'],
    ['Flashdisk Samsung 2GB ORI 99', 'ORI 99'],
    ['Jam tangan kualitas semi ori', 'semi ori'],
    ['HP Copy iPhone 15 Pro Max layar 6.7', 'HP Copy'],
    ['Jam Tangan Copy Rolex Daytona', 'Copy'],
    ['Sepatu Adidas tiruan Samba OG', 'tiruan'],
  ])('flags %s', (text, phrase) => {
    expect(claims(text)).toContain(phrase);
    const finding = runRule(counterfeitClaim, listingWith({ description: text })).find((f) => f.params[0] === phrase);
    expect(finding).toMatchObject({ severity: 'error', field: 'description', messageKey: 'rule_counterfeit_claim' });
    expect(text.slice(finding!.span!.start, finding!.span!.end)).toBe(phrase);
  });

  it.each([
    ['Copy Rolex Daytona kualitas bagus', 'Copy'],
    ['Jam tangan Rolex  copy Daytona', 'copy'],
    ['Jam tangan copy  Rolex Daytona', 'copy'],
  ])('reads the brand right beside "copy", at the start of the text or after two spaces: %s', (text, phrase) => {
    expect(claims(text)).toEqual([phrase]);
  });

  it.each(['Flashdisk Sandisk kecepatan copy tinggi', 'Tombol copy di keyboard Logitech', 'Keyboard tombol copy-paste Logitech K120'])(
    'does not count a brand two words away from "copy": %s',
    (text) => {
      expect(claims(text)).toEqual([]);
    },
  );

  it('counts "clone" only with the brand a few words away', () => {
    expect(claims('Casing HP Samsung A15 bahan silikon lembut, gambar clone trooper')).toEqual([]);
    expect(claims('Casing HP gambar clone trooper, bahan silikon lembut untuk Samsung A15')).toEqual([]);
    expect(claims('HP Samsung clone A15 murah')).toEqual(['clone']);
  });

  it('judges "replika" by the words around it, not by the rest of the description', () => {
    // A scale model named far before does not excuse a replica bag.
    const bag =
      'Kami juga menjual miniatur kapal kayu. Pengiriman setiap hari kerja dari gudang di Jakarta Barat, dikemas rapi. Tas wanita replika, kualitas premium.';
    expect(claims(bag)).toEqual(['replika']);
    // A bag named far before does not make the song title "Replika" a copy.
    const song =
      'Tas kulit buatan Garut dikirim dari gudang. Pengiriman setiap hari kerja dari Jakarta Barat, dikemas rapi. Lagu Replika dari band indie.';
    expect(claims(song)).toEqual([]);
  });

  it('a scale model of branded goods is not a copy, and a replica of nothing branded is not either', () => {
    expect(claims('Miniatur sepatu replika untuk gantungan kunci')).toEqual([]);
    expect(claims('Kaset album Replika edisi terbatas')).toEqual([]);
  });

  it('reports at most ten clone words and ten look-alikes in one field', () => {
    expect(claims('KW super. '.repeat(12))).toHaveLength(10);
    const lookalikes = inTitle('0PP0 '.repeat(12).trim());
    expect(lookalikes).toHaveLength(10);
    expect(lookalikes.at(-1)?.span).toEqual({ start: 45, end: 49 });
  });

  it('judges look-alike brands in the title wherever the title comes among the texts, never in the description', () => {
    const ctx = buildContext(listingWith({ title: 'VIVQ Y36 5G Ram 8/256', description: 'Sama seperti 0PP0 A78.' }), 'shopee');
    const reversed = counterfeitClaim.check({ ...ctx, texts: [...ctx.texts].reverse() });
    expect(reversed.map((f) => [f.field, f.params[0]])).toEqual([['title', 'VIVQ']]);
    // Without a title there is nothing to judge, and no crash.
    expect(counterfeitClaim.check({ ...ctx, texts: ctx.texts.filter(({ field }) => field !== 'title') })).toEqual([]);
  });

  it('offers no fix: removing the word would hide a copy, not make it legal', () => {
    expect(runRule(counterfeitClaim, listingWith({ title: 'Sepatu KW Super Hitam' }))[0]?.fix).toBeUndefined();
  });

  it.each([
    'Foto rasio 1:1, skala 1:1 untuk miniatur',
    'Genset 5 kW, daya 2000 kw',
    'Mirror cermin rias LED',
    'Baterai AAA isi 4',
    'Kampas rem non ori untuk motor',
    'Miniatur replika perahu tradisional dari kayu jati',
    'A miniature replica of a traditional boat, hand carved',
    'Replika kapal pinisi ukuran 60 cm untuk pajangan',
    'Replika pedang samurai dari kayu untuk cosplay',
    'Decant Parfum Replica Jazz Club EDT 5 ml',
    'Maison Margiela Replica Lazy Sunday Morning',
    'Model kit 1/144 High Grade Ori Bandai',
    'Gunpla MG Master Grade original Bandai',
    'Keyboard makro tombol copy paste',
    'Lego Star Wars Clone Trooper minifigure',
    'Kamera CCTV HDC-1200 dengan kabel',
    'Jersey replica musim terbaru',
    'Dijamin 100% original, bukan KW',
    'Barang ori, bukan replika atau super copy',
    'Hati-hati barang KW di luar sana, beli yang asli di sini',
    'Bunga tiruan untuk hiasan meja',
    'Kain katun semi premium untuk gamis',
    'Kertas HVS untuk copy dan print',
    'Flashdisk Sandisk 64GB kecepatan copy 100 MB/s',
    'HP Samsung A15 kondisi 99% mulus original',
  ])('stays quiet for %s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    ['0PP0 A78 RAM 8/256GB Garansi', '0PP0', 'Oppo', 'error'],
    ['lNFINX Hot 40 Pro 8/256', 'lNFINX', 'Infinix', 'error'],
    ['VIVQ Y36 5G Ram 8 Rom 128', 'VIVQ', 'Vivo', 'error'],
    ['S4MSUNG Galaxy A55 5G', 'S4MSUNG', 'Samsung', 'error'],
    ['XIAOMl Redmi Note 13 8/256', 'XIAOMl', 'Xiaomi', 'error'],
    ['SANSUMG Galaxy S24 Ultra 12/512', 'SANSUMG', 'Samsung', 'warning'],
    ['Realmi C55 Ram 6/128 Garansi', 'Realmi', 'Realme', 'warning'],
    ['Sepatu Adidsa Samba Putih', 'Adidsa', 'Adidas', 'warning'],
    ['Jam Tangan R0LEX Daytona Pria', 'R0LEX', 'Rolex', 'error'],
    ['Tas Wanita GUCC1 Marmont Mini', 'GUCC1', 'Gucci', 'error'],
    ['Sepatu Nlke Air Force 1 Putih', 'Nlke', 'Nike', 'error'],
  ])('flags the look-alike brand in %s', (title, phrase, brand, severity) => {
    const [finding] = inTitle(title);
    expect(finding).toMatchObject({ severity, field: 'title', params: [phrase, brand], messageKey: 'rule_counterfeit_claim_lookalike' });
    expect(title.slice(finding!.span!.start, finding!.span!.end)).toBe(phrase);
  });

  // Forty correctly written titles full of brands, model numbers and words one letter from a brand.
  const CORRECT_LOOKALIKES: readonly string[] = [
    'Vivo Y36 5G Ram 8/256 Garansi Resmi',
    'Viva Milk Cleanser Bengkoang 100 ml',
    'OPPO A78 5G 8/128 Garansi Resmi',
    'Kaos Oppa Korea Lengan Pendek Oversize',
    'Samsung Galaxy S24 Ultra 12/256 SEIN',
    'Sarung Tenun Samarinda Motif Kotak',
    'Xiaomi Redmi Note 13 Pro 5G 8/256',
    'Infinix Hot 40i 8/256 NFC',
    'Realme C55 Ram 6/128 NFC Garansi',
    'Reel Pancing Realm 2000 Spinning',
    'iPhone 15 Pro Max 256GB iBox',
    'Casing Phone Holder Motor Anti Getar',
    'Sepatu Adidas Samba OG Putih',
    'Tas Selempang Kanvas Canon Kamera Mirrorless',
    'Lensa Canon EF 50mm f1.8 STM',
    'Meriam Cannon Mainan Bajak Laut',
    'Nike Air Force 1 Low Putih',
    'Kemeja Nice Claup Lengan Panjang',
    'Puma Suede Classic Hitam',
    'Rokok Elektrik Pods Vape Pod 1000 mAh',
    'Kabel Data Baseus Type C 100W',
    'Piring Plastik Galaxy Motif Bunga 8 inch',
    'Charger Laptop Lenovo 65W Original',
    'Obeng Phillips PH2 Set 6 pcs',
    'Lampu Philips LED 12 Watt Putih',
    'Flashdisk Sandisk Cruzer Blade 32GB',
    'Hardisk Eksternal Toshiba Canvio 1TB',
    'Switch Nintendo OLED Neon Bekas',
    'Jam Tangan Casio G-Shock GA-2100',
    'Jam Dinding Seiko Quartz Bulat',
    'Skintific 5X Ceramide Barrier Moisturizer',
    'Somethinc Niacinamide Serum 20 ml',
    'Garnier Micellar Water Pink 125 ml',
    'Pensil Alis Wardah EyeXpert',
    'Celana Chino Pria Uniqlo Slim Fit',
    'Converse Chuck Taylor 70 Hi Black',
    'Tas Coach Tabby Shoulder Bag 26',
    'Mouse Logitech M331 Silent Wireless',
    'Headset Gaming Rexus HX9 RGB',
    'Laptop Asus Vivobook 14 A1404 i3 1215U',
  ];

  it('fires at most twice on forty correctly written titles with brands and look-alike words', () => {
    expect(CORRECT_LOOKALIKES).toHaveLength(40);
    const fired = CORRECT_LOOKALIKES.filter((title) => inTitle(title).length > 0);
    expect(fired.length).toBeLessThanOrEqual(2);
    // Not one of them is a clone, so aim for none.
    expect(fired).toEqual([]);
  });
});
