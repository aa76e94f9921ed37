// @ts-check
/**
 * Mutation testing (issue 14, item 7): StrykerJS changes the pure core one small edit at a time
 * and checks that some unit test fails. Run with `npm run mutation` (all four folders, one after
 * another) or `npm run mutation -- audit snippets` (tests/mutation/run.ts sets RAPI_MUTATE).
 * Not part of `npm test`: a full run takes tens of minutes on two cores.
 */
import { readdirSync } from 'node:fs';

const FOLDERS = ['quality', 'tags', 'snippets', 'audit'];
const chosen = (process.env.RAPI_MUTATE ?? FOLDERS.join(',')).split(',').filter(Boolean);
const unknown = chosen.filter((folder) => !FOLDERS.includes(folder));
if (unknown.length > 0) throw new Error(`RAPI_MUTATE: unknown folder(s) ${unknown.join(', ')}; choose from ${FOLDERS.join(', ')}`);
// RAPI_REPORT_NAME: a one-off run (`--mutate some/file.ts`) keeps its reports apart from the folders'.
const name = process.env.RAPI_REPORT_NAME ?? chosen.join('+');

/**
 * Not mutated, and why:
 * - tests (test builders live under tests/support, outside the mutated folders);
 * - data-only modules (word lists, brand lists, lexicons, price floors, rule id list): their
 *   mutants are "drop one word" or "empty the list", which the data's own tests catch by
 *   example and which say nothing about whether the logic is pinned; they would make up about
 *   half of all mutants and most of the run time. The regexes in the promo/claim/clone word
 *   lists are data of the same kind (each has example tests beside its rule);
 * - types-only modules (no runtime code) and barrels that only re-export.
 */
const EXCLUDED = [
  '**/*.test.ts',
  'utils/quality/promo-words.ts',
  'utils/quality/claim-words.ts',
  'utils/quality/clone-words.ts',
  'utils/quality/cloned-brands.ts',
  'utils/quality/official-domains.ts',
  'utils/quality/price-floors.ts',
  'utils/quality/product-kinds.ts',
  'utils/quality/rule-ids.ts',
  'utils/tags/knowledge/*.ts',
  'utils/tags/text/spelling-variants.ts',
  '**/types.ts',
];

/** The four folders' unit tests (none of them times a run: speed lives in `npm run bench`). */
const TEST_FILES = FOLDERS.flatMap((folder) =>
  readdirSync(`utils/${folder}`, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    // The linear-time guard runs the whole engine on 100 KB adversarial inputs: under Stryker
    // every mutant it covers (nearly all of quality's) cost ~10 s more, and what it asserts
    // beyond "no catastrophic backtracking" (the report's shape) the rules' own tests pin.
    .filter((file) => !file.endsWith('linear-time.test.ts'))
    .map((file) => `utils/${folder}/${file}`),
);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // Vitest's "related" lookup misses the folders' own tests inside Stryker's sandbox (measured:
  // 0 of 588 audit mutants covered), so the tests are named: the four folders' unit tests, which
  // also cover each other (audit scores with quality and tags). perTest coverage then runs only
  // the tests that reach a mutant.
  vitest: { configFile: 'tests/vitest.config.ts', related: false },
  testFiles: TEST_FILES,
  mutate: [...chosen.map((folder) => `utils/${folder}/**/*.ts`), ...EXCLUDED.map((glob) => `!${glob}`)],
  coverageAnalysis: 'perTest',
  // Mutants in module-level initialisers (a regex or table built once at import) can only be
  // tested by reloading every test file per mutant; they are data by construction, so skip them.
  // One gap: when some test loads a module afresh inside a test (the tag index compiles its
  // knowledge that way), Stryker calls that module's initialisers "hybrid" and runs them with only
  // the tests that covered them, switching the mutant on after the module is already loaded. Such
  // a mutant never takes effect in the tests that pin it (measured on import-signals.ts: "empty the
  // local-claim list" survived while 9 of its tests fail when that edit is made by hand), so these
  // initialisers carry a `Stryker disable` comment that says so.
  ignoreStatic: true,
  // Reuse the last run's results for unchanged code and tests: one file per folder set, so a
  // run of one folder does not forget the others.
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  // Two cores shared with other work; the runner itself uses one Vitest thread per process.
  concurrency: 2,
  timeoutMS: 10000,
  // The initial run of ~1,300 tests takes about a minute alone, several on a busy machine; the
  // default 5 minutes stopped a whole run before it began.
  dryRunTimeoutMinutes: 20,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0, reportScoreTable: true, reportMutants: true },
  // Two folders may be run at once (one process each): each gets its own sandbox folder.
  tempDirName: `.stryker-tmp/${name}`,
  cleanTempDir: true,
  // The sandbox is a copy of the project; builds, browser test output and reports stay out of it.
  // ../shared is not beside the sandbox, so real-data tests skip there (they say so): the score
  // rests on the unit tests alone.
  // Scratch files (zz-*, *-tmp.*) come and go while the sandbox is copied, so they stay out too.
  ignorePatterns: [
    '.stryker-tmp',
    '**/zz-*',
    '**/*-tmp.*',
    '.output*',
    '*test-results',
    'playwright-report',
    'out',
    'reports',
    'docs',
    '.ci',
    'tests/e2e',
    'tests/bench',
    'tests/demo',
  ],
  thresholds: { high: 90, low: 80, break: null },
};
