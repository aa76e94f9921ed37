import { fileURLToPath } from 'node:url';

import { resolve } from 'node:path';

// RAPI_OUTPUT_DIR lets two builds live side by side (it must match the one `wxt build` used).
const OUTPUT_DIR = resolve(fileURLToPath(new URL('../../../', import.meta.url)), process.env.RAPI_OUTPUT_DIR ?? '.output');
export const CHROME_EXTENSION_DIR = resolve(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_EXTENSION_DIR = resolve(OUTPUT_DIR, 'firefox-mv2');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
