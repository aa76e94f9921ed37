/**
 * Serves the fixture pages at the marketplaces' real URLs and keeps a record of
 * every request the browser made, so a test can prove that nothing but the
 * fixtures was asked for: Rapi makes no network request of its own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIXTURE_PAGES, NON_MATCHING_PAGE } from '../fixtures/pages';

const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Scheme-internal loads (the extension's own files, inline data) are not network requests. */
const LOCAL_SCHEMES = /^(chrome-extension|moz-extension|data|blob|about):/;

const stripHash = (url: string) => url.split('#')[0]!;

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
    for (const page of [...FIXTURE_PAGES, NON_MATCHING_PAGE]) this.add(page.url, page.file);
  }

  add(url: string, file: string): void {
    this.pages.set(stripHash(url), { file });
  }

  addHtml(url: string, html: string): void {
    this.pages.set(stripHash(url), { html });
  }

  /** The HTML for a URL, or undefined when it is not a fixture (the caller aborts it). Records the request. */
  respond(url: string): string | undefined {
    this.requests.push(url);
    const page = this.pages.get(stripHash(url));
    if (!page) return undefined;
    return 'html' in page ? page.html : readFileSync(FIXTURES_DIR + page.file, 'utf8');
  }

  /** Requests that went to something other than a fixture page. */
  unexpected(): string[] {
    return this.requests.filter(
      (url) => !LOCAL_SCHEMES.test(url) && !BROWSER_OWN.test(url) && !this.pages.has(stripHash(url)),
    );
  }

  served(): string[] {
    return this.requests.filter((url) => this.pages.has(stripHash(url)));
  }

  reset(): void {
    this.requests.length = 0;
  }
}
