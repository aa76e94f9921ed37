/**
 * Tag suggester costs: one suggestion run on a realistic listing (budget < 2 ms), loading the
 * knowledge and building the index in a fresh process (budget < 30 ms), and the gzip size the
 * module adds to a content script (budget < 120 KB). Reports figures, asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Listing } from '../../utils/listing/listing';
import { suggestTags } from '../../utils/tags';
import { median } from './stats';

export interface BenchRow {
  name: string;
  medianMs: number;
  runs: number;
}

const ENTRY = fileURLToPath(new URL('../../utils/tags/index.ts', import.meta.url));
const WARM_UP = 30;
const RUNS = 200;
const COLD_RUNS = 11;

/** A listing as sellers write them: a long title, a description of a few paragraphs, city and category. */
export const BENCH_LISTING: Listing = {
  marketplace: 'shopee',
  title: 'Kain Batik Tulis Lasem Motif Latohan Pewarna Alami Premium Tulis Halus 2,5 Meter',
  description: [
    'Batik tulis asli dari Lasem, dikerjakan kurang lebih 2 bulan oleh pengrajin kami di Rembang. Bukan printing, bukan cap.',
    'Bahan: katun primisima halus, adem dan menyerap keringat. Ukuran 250 x 105 cm. Pewarnaan alami dari kayu tingi dan indigo.',
    'Cocok untuk kain jarik, bahan kemeja, dress, atau hantaran. Warna bisa sedikit berbeda karena cahaya foto.',
    'Cara perawatan: cuci dengan lerak atau sampo bayi, jangan diperas, jemur di tempat teduh. Tidak luntur bila dirawat dengan benar.',
    'Kami UMKM pengrajin batik sejak 1998. Produk lokal, mendukung pengrajin desa. Dikirim dari Rembang setiap hari kerja.',
    '#BatikLasem #BatikTulis #KainBatik #BatikIndonesia',
  ].join('\n'),
  category: 'Fashion Muslim > Kain Batik',
  origin: 'Kab. Rembang',
};

export async function benchTags(): Promise<BenchRow[]> {
  const bundle = await bundleTags();
  return [
    suggestTiming(),
    ...coldLoad(bundle),
    { name: 'tags bundle gzip KB', medianMs: round(gzipSync(bundle, { level: 9 }).length / 1024), runs: 1 },
  ];
}

function suggestTiming(): BenchRow {
  for (let i = 0; i < WARM_UP; i++) suggestTags(BENCH_LISTING);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    suggestTags(BENCH_LISTING);
    times.push(performance.now() - started);
  }
  return { name: 'suggestTags (realistic listing)', medianMs: round(median(times)), runs: RUNS };
}

/** The module as a content script gets it: bundled and minified, no TypeScript left to compile. */
async function bundleTags(): Promise<Buffer> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });
  return Buffer.from(result.outputFiles[0]!.contents);
}

/**
 * Import the bundle and build the index in a fresh Node process each run: what a page pays once.
 * Loading (parsing the module and its data) and the first index build are reported apart and together;
 * the CPU time of both is reported too, because wall time on a shared machine mostly measures the others.
 */
function coldLoad(bundle: Buffer): BenchRow[] {
  const dir = mkdtempSync(join(tmpdir(), 'rapi-tags-bench-'));
  try {
    const file = join(dir, 'tags.mjs');
    writeFileSync(file, bundle);
    const script = [
      'const cpu = process.cpuUsage(); const t0 = performance.now();',
      `const m = await import(${JSON.stringify(`file://${file}`)});`,
      'const t1 = performance.now();',
      'm.buildIndex();',
      'const t2 = performance.now(); const used = process.cpuUsage(cpu);',
      'process.stdout.write(JSON.stringify([t1 - t0, t2 - t1, (used.user + used.system) / 1000]));',
    ].join(' ');
    const runs = Array.from(
      { length: COLD_RUNS },
      () => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as number[],
    );
    const row = (name: string, pick: (run: number[]) => number) => ({ name, medianMs: round(median(runs.map(pick))), runs: COLD_RUNS });
    return [
      row('tags module load (fresh process)', ([load]) => load!),
      row('tags index build, first call (fresh process)', ([, build]) => build!),
      row('tags load + first index build (fresh process)', ([load, build]) => load! + build!),
      row('tags load + first index build, CPU time (fresh process)', ([, , cpu]) => cpu!),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
