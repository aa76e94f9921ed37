/**
 * Snippet palette and import speed, on generated data (deterministic, so runs
 * compare). Budgets: a palette keystroke under 5 ms over 5,000 snippets; importing
 * a 10,000-snippet file (parse, validate, one transaction) under 2 s. Reports
 * medians; not wired into run.ts.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { RapiDb } from '../../utils/db/schema';
import { importSnippets } from '../../utils/db/import';
import {
  buildSearchText,
  createSearchIndex,
  parseSnippetFile,
  searchSnippets,
  serializeSnippets,
  type Snippet,
} from '../../utils/snippets';
import { median } from './stats';

const WORDS = (
  'garansi retur tukar kirim pengiriman dikemas rapi bubble wrap kardus ekspedisi hari kerja pesanan pembeli toko batik tulis cap ' +
  'tenun ikat songket keramik gerabah guci piring mangkok cangkir halal sertifikat pangan olahan rumah tangga izin kering basah ' +
  'kue kering sambal keripik kopi bubuk arabika robusta madu hutan kain katun sutra rayon kemeja blus gamis kerudung ukuran lebar ' +
  'panjang lingkar dada bahu lengan warna merah biru hijau hitam putih coklat motif parang kawung mega mendung sidomukti cuci tangan ' +
  'jemur teduh setrika suhu rendah jangan diperas lerak sabun lembut simpan lemari kering kapur barus hindari sinar matahari langsung ' +
  'microwave oven mesin pencuci piring retak pecah cacat produksi video unboxing klaim maksimal tujuh hari setelah diterima stok ' +
  'terbatas pre order produksi ulang harga grosir minimal pembelian bonus gratis kemasan hadiah kartu ucapan terima kasih sudah belanja'
).split(' ');

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generated snippets: common seller vocabulary plus product codes and numbers, as real collections have. */
export function generateSnippets(count: number, seed = 7): Snippet[] {
  const next = random(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => (next() < 0.08 ? `sku${Math.floor(next() * 50_000)}` : pick())).join(' ');
  return Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-4000-8000-${index.toString(16).padStart(12, '0')}`,
    title: `${words(2 + Math.floor(next() * 4))} ${index}`.slice(0, 200),
    body: `${words(40 + Math.floor(next() * 120))}. Salam dari {{nama_toko}} di {{kota}}.`,
    ...(next() < 0.3 && { shortcut: `;s${index}` }),
    folder: ['Kebijakan', 'Perawatan', 'Produk', ''][index % 4]!,
    tags: Array.from({ length: Math.floor(next() * 4) }, pick),
    marketplaces: [],
    language: 'id',
    createdAt: 1_700_000_000_000 + index,
    updatedAt: 1_700_000_000_000 + index,
    useCount: Math.floor(next() * 40),
    ...(next() < 0.5 && { lastUsedAt: 1_760_000_000_000 + Math.floor(next() * 1e9) }),
  }));
}

/** What a seller types, keystroke by keystroke, including typos. */
const QUERIES = [
  ...['g', 'ga', 'gar', 'gara', 'garan', 'garans', 'garansi'],
  ...['garnasi', 'pengirman', 'perawatan batik', 'perawtan batk', ';s120', 'kera', 'ukuran kemeja', 'halal', 'p-irt'],
  ...['retur barang', 'ongkir', 'tenun ikat', 'kue2 kering', 'SKU12345', 'jemur di tempat teduh', 'mikrowave'],
];

async function benchSearch(runs: number): Promise<number[]> {
  const snippets = generateSnippets(5_000).map((snippet) => ({ ...snippet, searchText: buildSearchText(snippet) }));
  const index = createSearchIndex(snippets);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    for (const query of QUERIES) {
      index.matchCache.clear(); // every keystroke brings a word the palette has not seen yet
      const start = performance.now();
      searchSnippets(index, query, { limit: 50 });
      times.push(performance.now() - start);
    }
  }
  return times;
}

async function benchIndexBuild(runs: number): Promise<number[]> {
  const snippets = generateSnippets(5_000).map((snippet) => ({ ...snippet, searchText: buildSearchText(snippet) }));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    createSearchIndex(snippets);
    times.push(performance.now() - start);
  }
  return times;
}

async function benchImport(runs: number): Promise<number[]> {
  const file = serializeSnippets(generateSnippets(10_000), 'json');
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const db = new RapiDb(`rapi-bench-${Date.now()}-${run}`, { indexedDB, IDBKeyRange });
    await db.open();
    const start = performance.now();
    const parsed = parseSnippetFile(file, 'json');
    if (!parsed.ok) throw new Error(parsed.errors[0]!.message);
    const result = await importSnippets(db, parsed.snippets, { conflict: 'skip' });
    times.push(performance.now() - start);
    if (!result.ok || result.summary.added !== 10_000) throw new Error('import did not add every snippet');
    db.close();
    await db.delete();
  }
  return times;
}

export async function benchSnippets(): Promise<{ name: string; medianMs: number; runs: number }[]> {
  const searchTimes = await benchSearch(20);
  const buildTimes = await benchIndexBuild(10);
  const importTimes = await benchImport(5);
  return [
    { name: 'palette search, 5,000 snippets, per keystroke (budget < 5 ms)', medianMs: median(searchTimes), runs: searchTimes.length },
    {
      name: 'search index build, 5,000 snippets (done ahead in the background, not when the palette opens)',
      medianMs: median(buildTimes),
      runs: buildTimes.length,
    },
    {
      name: 'import 10,000 snippets: parse + validate + one transaction (budget < 2,000 ms)',
      medianMs: median(importTimes),
      runs: importTimes.length,
    },
  ];
}
