/**
 * Serves the fixture pages at the marketplaces' real URLs and keeps a record of
 * every request the browser made, so a test can prove that nothing but the
 * fixtures was asked for: Rapi makes no network request of its own.
 */
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { FIXTURE_PAGES, NON_MATCHING_PAGE, UNKNOWN_LAYOUT_PAGE } from '../fixtures/pages';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Scheme-internal loads (the extension's own files, inline data) are not network requests. */
const LOCAL_SCHEMES = /^(chrome-extension|moz-extension|data|blob|about):/;

const stripHash = (url: string) => url.split('#')[0]!;

/**
 * The fixtures' own scripts (a React-controlled form, a v-model-like form, a rich
 * editor) are served from the page's host under this path, bundled on first use.
 */
const APP_PATH = /^https:\/\/[^/]+\/__rapi_fixture__\/([a-z-]+)\.js$/;
const bundles = new Map<string, string>();

function appBundle(name: string): string | undefined {
  if (!bundles.has(name)) {
    const entry = ['.tsx', '.ts']
      .map((ext) => `${FIXTURES_DIR}apps/${name}${ext}`)
      .find((path) => {
        try {
          readFileSync(path);
          return true;
        } catch {
          return false;
        }
      });
    if (!entry) return undefined;
    const result = buildSync({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: 'iife',
      minify: true,
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    bundles.set(name, result.outputFiles[0]!.text);
  }
  return bundles.get(name);
}

export interface FixtureResponse {
  body: string;
  contentType: string;
}

/**
 * Requests the browser itself makes for any page it shows (the tab's icon). They
 * are the page's, not Rapi's, and fixtures cannot stop Firefox from asking.
 */
const BROWSER_OWN = /^https:\/\/[^/]+\/favicon\.ico$/;

export class FixtureServer {
  /** URL → fixture file, or inline HTML for generated pages (the demo's start page). */
  private readonly pages = new Map<string, { file: string } | { html: string }>();
  private readonly requests: string[] = [];

  constructor() {
    for (const page of [...FIXTURE_PAGES, NON_MATCHING_PAGE, UNKNOWN_LAYOUT_PAGE]) this.add(page.url, page.file);
  }

  add(url: string, file: string): void {
    this.pages.set(stripHash(url), { file });
  }

  addHtml(url: string, html: string): void {
    this.pages.set(stripHash(url), { html });
  }

  /** The response for a URL, or undefined when it is not a fixture (the caller aborts it). Records the request. */
  respond(url: string): FixtureResponse | undefined {
    this.requests.push(url);
    const app = APP_PATH.exec(url);
    if (app) {
      const body = appBundle(app[1]!);
      return body === undefined ? undefined : { body, contentType: 'text/javascript; charset=utf-8' };
    }
    const page = this.pages.get(stripHash(url));
    if (!page) return undefined;
    const body = 'html' in page ? page.html : readFileSync(FIXTURES_DIR + page.file, 'utf8');
    return { body, contentType: 'text/html; charset=utf-8' };
  }

  private isFixture(url: string): boolean {
    const app = APP_PATH.exec(url);
    return app ? appBundle(app[1]!) !== undefined : this.pages.has(stripHash(url));
  }

  /** Requests that went to something other than a fixture page. */
  unexpected(): string[] {
    return this.requests.filter((url) => !LOCAL_SCHEMES.test(url) && !BROWSER_OWN.test(url) && !this.isFixture(url));
  }

  served(): string[] {
    return this.requests.filter((url) => this.pages.has(stripHash(url)));
  }

  reset(): void {
    this.requests.length = 0;
  }
}
