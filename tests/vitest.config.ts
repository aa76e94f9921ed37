import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tier: pure logic in Node, DOM code in happy-dom (per file), browser APIs from WXT's fake browser.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    include: ['{utils,components,entrypoints,tests}/**/*.test.{ts,tsx}'],
    // Fixture trees (tests/fixtures/dep-rules) may hold files named *.test.ts as data, never run.
    exclude: ['**/node_modules/**', 'tests/fixtures/**'],
    environment: 'node',
    mockReset: true,
    // Under Stryker (RAPI_MUTATE, set by `npm run mutation`) the code carries coverage counters and
    // shares two cores with other runs: a property test that takes 1 s alone can pass 5 s there.
    ...(process.env.RAPI_MUTATE ? { testTimeout: 60_000 } : {}),
    restoreMocks: true,
  },
});
