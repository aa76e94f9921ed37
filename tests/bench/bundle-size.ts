/** Size of every built script and stylesheet, raw and gzipped (what a store download and a page load cost). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleRow {
  build: string;
  file: string;
  raw: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function bundleSizes(outputDir: string, builds: readonly string[]): BundleRow[] {
  return builds.flatMap((build) => {
    const root = join(outputDir, build);
    return walk(root)
      .filter((path) => /\.(js|css|html)$/.test(path))
      .map((path) => {
        const bytes = readFileSync(path);
        return { build, file: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      })
      .sort((a, b) => b.raw - a.raw);
  });
}

/** Issue 15's budget for every content-script file (each is one self-contained script: WXT loads no chunks into pages). */
export const CONTENT_SCRIPT_BUDGET_GZIP = 50 * 1024;

/** The content scripts of a build, each flagged when over the budget. */
export function contentScriptSizes(outputDir: string, builds: readonly string[]): (BundleRow & { overBudget: boolean })[] {
  return bundleSizes(outputDir, builds)
    .filter((row) => row.file.startsWith('content-scripts/') && row.file.endsWith('.js'))
    .map((row) => ({ ...row, overBudget: row.gzip > CONTENT_SCRIPT_BUDGET_GZIP }));
}
