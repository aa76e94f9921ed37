/**
 * Listing-quality engine speed: a realistic 3,000-character listing (budget < 1 ms)
 * and 100 KB inputs built to trip regular expressions (budget < 50 ms each). Prints
 * nothing and asserts nothing: `run.ts` reports the medians.
 */
import { checkListing } from '../../utils/quality';
import { ADVERSARIAL_INPUTS } from '../support/adversarial-inputs';
import type { Listing } from '../../utils/listing';
import { median } from './stats';
import { loadRealListings } from '../eval/real-listings';

export interface QualityBenchRow {
  name: string;
  medianMs: number;
  runs: number;
}

const WARM_UP = 20;

function realisticListing(): Listing {
  const paragraphs = [
    'Keripik singkong balado khas Padang, dibuat setiap hari dari singkong pilihan dan cabai merah asli.',
    'Renyah, pedas manis, tanpa pengawet. Cocok untuk camilan keluarga, teman kerja, atau oleh-oleh.',
    'Komposisi: singkong, cabai merah, bawang putih, gula, garam, minyak sawit.',
    'Berat bersih 250 gram per bungkus, dikemas dalam standing pouch dengan klip agar tetap renyah.',
    'P-IRT No. 2063507010123-27. Sertifikat halal ID31110001294812.',
    'Simpan di tempat kering dan sejuk, tutup rapat setelah dibuka. Tahan 3 bulan sejak tanggal produksi.',
    'Pengiriman setiap hari kerja sebelum pukul 15.00 dari Kab. Padang Pariaman. Pesanan di atas pukul 15.00 dikirim besok.',
    'Ukuran paket: 20 x 15 x 5 cm. Tersedia varian level pedas 1, 2, dan 3.',
    'Harga grosir untuk pembelian di atas 20 bungkus, silakan tanya lewat chat penjual.',
  ];
  let description = '';
  while (description.length < 3_000) description += `${paragraphs[description.length % paragraphs.length] ?? ''}\n`;
  return {
    marketplace: 'shopee',
    title: 'Keripik Singkong Balado Pedas Manis Khas Padang 250 gram',
    description: description.slice(0, 3_000 - 57),
    priceIdr: 18_500,
    stock: 120,
    weightGrams: 300,
    imageCount: 5,
    hasVideo: false,
    category: 'Makanan & Minuman > Makanan Ringan > Keripik',
    hashtags: ['keripik', 'balado', 'camilan', 'oleholeh'],
    found: ['title', 'description', 'priceIdr', 'stock', 'weightGrams', 'imageCount', 'hasVideo', 'category', 'hashtags'],
  };
}

function measure(name: string, listing: Listing, runs: number): QualityBenchRow {
  for (let i = 0; i < WARM_UP; i++) checkListing(listing);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    checkListing(listing);
    times.push(performance.now() - started);
  }
  return { name, medianMs: median(times), runs };
}

export async function benchQuality(runs = 200): Promise<QualityBenchRow[]> {
  const rows = [measure('realistic listing (3,000 characters)', realisticListing(), runs)];
  // Real titles other people saved (../shared/real-listings, read in place; skipped when absent): one timing per title.
  const real = loadRealListings();
  if (real) {
    for (const row of real.slice(0, WARM_UP)) checkListing(row.listing);
    const times = real.map((row) => {
      const started = performance.now();
      checkListing(row.listing);
      return performance.now() - started;
    });
    rows.push({ name: `real listings (${real.length}; median per listing)`, medianMs: median(times), runs: real.length });
  }
  for (const [name, text] of Object.entries(ADVERSARIAL_INPUTS)) {
    // The adversarial text goes in the description (where long text lives) and, cut to a title's length, in the title.
    const listing: Listing = { marketplace: 'shopee', title: text.slice(0, 300), description: text, hashtags: [text.slice(0, 200)] };
    rows.push(measure(`adversarial 100 KB: ${name}`, listing, Math.max(20, Math.floor(runs / 4))));
  }
  return rows;
}
