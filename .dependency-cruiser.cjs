// Import-graph rules (issue 14): entrypoints → components → utils, no cycles,
// no test code in the product, and no IndexedDB in content scripts (principle 1:
// a content script talks to the background through typed messages instead).
// `npm run lint:deps` runs them; tests/unit/dependency-rules.test.ts shows each
// one firing on a small throwaway tree (tests/fixtures/dep-rules/).

/** Product code: what ships in the extension. Tests beside the code are not product. */
const PRODUCT = '^(entrypoints|components|utils)/';
const TEST_FILE = '\\.test\\.tsx?$';
/** Content scripts and the modules only they load. */
const CONTENT = '^(entrypoints/[^/]+\\.content/|utils/content/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order matter and hides which module owns what; move the shared part down.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-upward-from-utils',
      severity: 'error',
      comment: 'utils are the bottom layer: they never import components or entrypoints.',
      from: { path: '^utils/' },
      to: { path: '^(components|entrypoints)/' },
    },
    {
      name: 'no-upward-from-components',
      severity: 'error',
      comment: 'Components serve entrypoints; an entrypoint is never imported back.',
      from: { path: '^components/' },
      to: { path: '^entrypoints/' },
    },
    {
      name: 'no-upward-from-shared-helpers',
      severity: 'error',
      comment:
        'Inside utils the graph runs from capability modules (quality, tags, audit, snippets, content, db…) down to shared helpers (dom, i18n, runtime); a helper never imports a capability.',
      from: { path: '^utils/(dom|i18n|runtime)/', pathNot: TEST_FILE },
      // Naming a capability's types (i18n labels a MarketplaceId) loads none of its code.
      to: { path: '^utils/', pathNot: '^utils/(dom|i18n|runtime)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-cross-feature-components',
      severity: 'error',
      comment:
        "One page's components do not reach into another's (the report page into the panel): what both use lives in components/shared/ (or hooks/, storage/); components/export/ is one self-contained feature (issue 16) shown by two pages, the side panel and the report.",
      from: { path: '^components/([^/]+)/' },
      to: { path: '^components/', pathNot: ['^components/$1/', '^components/(shared|hooks|storage|export)/'] },
    },
    {
      name: 'page-agent-stays-small',
      severity: 'error',
      comment:
        'The page agent is the content script of issue 15 (50 KB gzipped budget): no React, and no quality or tag engine (the background judges); only the fix applier, the shared types and the tag placer. Its own imports are checked (types load no code); the bundle-size bench checks what they pull in.',
      from: { path: '^utils/content/page-agent/', pathNot: TEST_FILE },
      to: {
        path: '^utils/(quality|tags)/|(^|/)node_modules/react(-dom)?/',
        pathNot: '^utils/quality/(fix|types|rule-ids|severity)\\.ts$|^utils/tags/(append-tag|types)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'no-content-glue-elsewhere',
      severity: 'error',
      comment:
        "utils/content/ is the content scripts' own glue; what the background or pages share with it lives in a neutral module (messaging, dom).",
      from: { path: '^(entrypoints/(background|options|popup|report)/|components/(options|report|storage)/)' },
      to: { path: '^utils/content/' },
    },
    {
      name: 'no-test-libs-in-product',
      severity: 'error',
      comment: 'Test libraries never ship: product code must not import vitest, fake-indexeddb or @testing-library.',
      from: { path: PRODUCT, pathNot: TEST_FILE },
      to: { path: '(^|/)node_modules/(vitest|@vitest/[^/]+|fake-indexeddb|@testing-library/[^/]+)/' },
    },
    {
      name: 'no-tests-dir-in-product',
      severity: 'error',
      comment: 'Fixtures, builders and loaders live under tests/ and are for tests only; shipped data goes under utils/ or public/.',
      from: { path: PRODUCT, pathNot: TEST_FILE },
      to: { path: '^tests/' },
    },
    {
      name: 'no-db-in-content-scripts',
      severity: 'error',
      comment: 'Principle 1: a content script never opens IndexedDB (not even through another module); it asks the background by message.',
      from: { path: CONTENT, pathNot: TEST_FILE },
      to: { path: '^utils/db/|(^|/)node_modules/dexie(-react-hooks)?/', reachable: true },
    },
    {
      name: 'no-node-builtins-in-product',
      severity: 'error',
      comment: 'The extension runs in the browser: Node built-ins (fs, path, node:*) belong to tests and tools.',
      from: { path: PRODUCT, pathNot: TEST_FILE },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    // Type-only imports count too: a cycle or an upward import through types is still one.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    // The throwaway tree breaks every rule on purpose; only the rules' own test cruises it.
    exclude: { path: '^(node_modules|\\.output|\\.wxt|out|test-results|tests/fixtures/dep-rules)/' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
