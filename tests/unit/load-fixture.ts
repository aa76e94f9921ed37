/** Fixture HTML as a Document, for unit tests running in happy-dom. Scripts in the fixture do not run. */
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new NodeURL('../fixtures/', import.meta.url)); // Node's URL: happy-dom replaces the global one;

export function fixtureHtml(file: string): string {
  return readFileSync(FIXTURES_DIR + file, 'utf8');
}

export function loadFixture(file: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(file), 'text/html');
}
