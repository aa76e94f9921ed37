import { defineConfig } from '@playwright/test';

// One spec, two projects: the `driver` fixture picks Chromium (Playwright) or Firefox (puppeteer-core).
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: 2,
  // One retry on CI only: a busy two-core machine can starve a browser for a moment. A test that
  // needed it is reported as flaky in the output, so it is seen and fixed, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: process.env.RAPI_OUTPUT_DIR ? `../../${process.env.RAPI_OUTPUT_DIR}-test-results` : '../../test-results',
  projects: [
    { name: 'chromium', metadata: { browser: 'chromium' } },
    { name: 'firefox', metadata: { browser: 'firefox' } },
  ],
});
