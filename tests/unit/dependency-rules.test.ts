/**
 * The import-graph rules (.dependency-cruiser.cjs, run by `npm run lint:deps` in
 * `npm test`) each fire: the project's own rule set is run through dependency-cruiser's
 * API over a throwaway tree (tests/fixtures/dep-rules/) that breaks every rule once,
 * and the violations must be exactly those, no more (a test beside the code may
 * import vitest; a module that imports nothing is clean).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type IConfiguration, type ICruiseResult } from 'dependency-cruiser';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/dep-rules', import.meta.url));
const config = createRequire(import.meta.url)(`${root}.dependency-cruiser.cjs`) as IConfiguration;

let violations: string[];

beforeAll(async () => {
  const { output } = await cruise(['entrypoints', 'components', 'utils'], {
    ...config.options,
    validate: true,
    ruleSet: { forbidden: config.forbidden },
    baseDir: fixture,
    // The project's tsconfig sits at the root, not in the fixture; relative imports need none.
    tsConfig: undefined,
  });
  // Node packages resolve to wherever npm put them: name them by package.
  const name = (path: string) => path.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+)\/.*$/, '$1');
  violations = (output as ICruiseResult).summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${name(v.to)}`).sort();
}, 60_000);

describe('import-graph rules', () => {
  it('find exactly the planted violations in the fixture tree', () => {
    expect(violations).toEqual([
      'no-circular: utils/cycle-a.ts → utils/cycle-b.ts',
      'no-content-glue-elsewhere: entrypoints/background/index.ts → utils/content/glue.ts',
      'no-cross-feature-components: components/report/borrowed.ts → components/panel/widget.ts',
      // Reachability: the content script imports no Dexie itself, two hops away it does.
      'no-db-in-content-scripts: entrypoints/shop.content/index.ts → dexie',
      'no-db-in-content-scripts: utils/content/direct-db.ts → utils/db/index.ts',
      'no-db-in-content-scripts: utils/content/glue.ts → dexie',
      'no-node-builtins-in-product: utils/uses-fs.ts → fs',
      'no-test-libs-in-product: utils/uses-vitest.ts → vitest',
      'no-tests-dir-in-product: utils/uses-tests.ts → tests/support/helper.ts',
      'no-upward-from-components: components/panel/from-entry.ts → entrypoints/popup/main.ts',
      'no-upward-from-shared-helpers: utils/dom/reach-up.ts → utils/upward.ts',
      'no-upward-from-utils: utils/upward.ts → components/panel/widget.ts',
      'page-agent-stays-small: utils/content/page-agent/agent.ts → utils/quality/engine.ts',
    ]);
  });

  it('has no rule that the fixture tree leaves untried', () => {
    const fired = new Set(violations.map((line) => line.slice(0, line.indexOf(':'))));
    expect((config.forbidden ?? []).map((rule) => rule.name).filter((rule) => !fired.has(rule ?? ''))).toEqual([]);
  });

  it('lets a test beside the code import vitest, and leaves a module that imports nothing alone', () => {
    expect(violations.filter((line) => line.includes('utils/clean'))).toEqual([]);
  });
});
