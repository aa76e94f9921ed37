/**
 * `npm run mutation [-- quality tags snippets audit]`: StrykerJS on each named folder of utils/
 * (all four when none is named), one run per folder so each gets its own score, time and
 * incremental file (stryker.config.mjs reads RAPI_MUTATE). Prints a table at the end and exits
 * non-zero when a folder scores under 80% (issue 14) or a run fails.
 * Stryker's own flags follow the folder names: `npm run mutation -- audit --logLevel debug`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FOLDERS = ['quality', 'tags', 'snippets', 'audit'] as const;
const MINIMUM = 80;
const root = fileURLToPath(new URL('../..', import.meta.url));

const args = process.argv.slice(2);
// Folder names first; the first flag (or a lone `--`) starts Stryker's own options.
const split = args.findIndex((arg) => arg.startsWith('-'));
const names = (split === -1 ? args : args.slice(0, split)).map((arg) => arg.replace(/^utils\//, '').replace(/\/$/, ''));
const extra = split === -1 ? [] : args.slice(split).filter((arg, i) => !(i === 0 && arg === '--'));
const unknown = names.filter((name) => !(FOLDERS as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Unknown folder(s): ${unknown.join(', ')}. Choose from: ${FOLDERS.join(', ')}`);
  process.exit(2);
}
const folders = names.length > 0 ? names : [...FOLDERS];

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

interface Row {
  folder: string;
  score: number;
  counts: Record<string, number>;
  seconds: number;
}

/** Stryker's mutation score: detected (killed, timeout) over valid mutants (those plus survived and no coverage). */
function summarise(report: Report): Omit<Row, 'folder' | 'seconds'> {
  const counts: Record<string, number> = {};
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const valid = detected + (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { score: valid === 0 ? 100 : (detected / valid) * 100, counts };
}

const rows: Row[] = [];
let failed = false;
for (const folder of folders) {
  console.log(`\n=== Mutation testing utils/${folder} ===`);
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs', ...extra], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, RAPI_MUTATE: folder },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (run.status !== 0) {
    console.error(`Stryker failed on utils/${folder} (exit ${run.status})`);
    failed = true;
    continue;
  }
  const report = JSON.parse(readFileSync(`${root}/reports/mutation/${folder}.json`, 'utf8')) as Report;
  rows.push({ folder, seconds, ...summarise(report) });
}

console.log('\nfolder     score  killed  timeout  survived  no-cov  ignored  errors  time');
for (const { folder, score, counts, seconds } of rows) {
  const errors = (counts.CompileError ?? 0) + (counts.RuntimeError ?? 0);
  const widths = [6, 7, 8, 6, 7, 6];
  const cells = [counts.Killed, counts.Timeout, counts.Survived, counts.NoCoverage, counts.Ignored, errors].map((n, i) =>
    String(n ?? 0).padStart(widths[i] ?? 6),
  );
  console.log(
    `${folder.padEnd(9)} ${score.toFixed(1).padStart(5)}%  ${cells.join('  ')}  ${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`,
  );
  if (score < MINIMUM) failed = true;
}
console.log(`Reports: reports/mutation/<folder>.html (minimum ${MINIMUM}% per folder).`);
process.exit(failed ? 1 : 0);
