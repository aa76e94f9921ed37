/**
 * Loads the real listings that other people saved (`../shared/real-listings/*.tsv`) for `npm run eval`
 * and the real-data tests. They are read from `../shared/` and never copied into the project: when the
 * folder is absent, `loadRealListings()` returns `undefined` and callers skip, saying so.
 * Hand labels are keyed by `titleHash(title)` (first 10 hex characters of the SHA-1 of the UTF-8 title).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Listing } from '../../utils/listing/listing';

export const REAL_LISTINGS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/real-listings');
export const REAL_MARKETPLACES = ['tokopedia', 'shopee', 'lazada'] as const;
export type RealMarketplace = (typeof REAL_MARKETPLACES)[number];

export interface RealListing {
  hash: string;
  marketplace: RealMarketplace;
  title: string;
  /** Undefined when the source saved no description (unknown, not empty). */
  description?: string;
  priceIdr?: number;
  listing: Listing;
}

export function titleHash(title: string): string {
  return createHash('sha1').update(title, 'utf8').digest('hex').slice(0, 10);
}

/** `\t`, `\n` and `\\` are escaped in the TSV's text columns. */
export function unescapeField(value: string): string {
  return value.replace(/\\([tn\\])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : '\\'));
}

export function skipMessage(): string {
  return `real listings not found: ${REAL_LISTINGS_DIR} — skipped`;
}

export function loadRealListings(dir = REAL_LISTINGS_DIR): RealListing[] | undefined {
  if (!existsSync(dir)) return undefined;
  const rows: RealListing[] = [];
  for (const marketplace of REAL_MARKETPLACES) {
    const file = join(dir, `${marketplace}.tsv`);
    if (!existsSync(file)) continue;
    const [header, ...lines] = readFileSync(file, 'utf8').split('\n');
    const columns = (header ?? '').split('\t');
    const at = (name: string) => columns.indexOf(name);
    for (const line of lines) {
      if (!line.trim()) continue;
      const cells = line.split('\t');
      const title = unescapeField(cells[at('title')] ?? '');
      const rawDescription = cells[at('description')] ?? '';
      const rawPrice = cells[at('price_idr')] ?? '';
      const description = rawDescription === '' ? undefined : unescapeField(rawDescription);
      const priceIdr = rawPrice === '' ? undefined : Number(rawPrice);
      const found: Listing['found'] = ['title'];
      if (description !== undefined) found.push('description');
      if (priceIdr !== undefined) found.push('priceIdr');
      const listing: Listing = {
        marketplace,
        title,
        ...(description !== undefined ? { description } : {}),
        ...(priceIdr !== undefined && Number.isFinite(priceIdr) ? { priceIdr } : {}),
        found,
      };
      rows.push({ hash: titleHash(title), marketplace, title, description, priceIdr, listing });
    }
  }
  return rows;
}
