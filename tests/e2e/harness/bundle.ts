/** Builds a harness entry into one script for `addScriptTag`. */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

export function harnessBundle(name: string): string {
  const entry = fileURLToPath(new URL(`./${name}.page.ts`, import.meta.url));
  return buildSync({ entryPoints: [entry], bundle: true, write: false, format: 'iife', minify: true }).outputFiles[0]!.text;
}
