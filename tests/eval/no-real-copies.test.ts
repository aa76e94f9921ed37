/**
 * The real listings are evaluation material with no licence: no title may be copied into the
 * project (tests, fixtures, data). This scans every tracked or new file for any real title of
 * 30 characters or more, case-insensitively, and skips, saying so, when ../shared is absent.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRealListings, skipMessage } from './real-listings';

const listings = loadRealListings();
const ROOT = new URL('../../', import.meta.url);

describe.skipIf(!listings)('real listings stay out of the project', () => {
  it('no file in the project holds a real title', () => {
    const titles = [...new Set((listings ?? []).map((row) => row.title.toLowerCase()).filter((t) => t.length >= 30))];
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file && !file.endsWith('package-lock.json'));
    const copies: string[] = [];
    for (const file of files) {
      const path = new URL(file, ROOT);
      let text: string;
      try {
        if (statSync(path).size > 5_000_000) continue;
        text = readFileSync(path, 'utf8').toLowerCase();
      } catch {
        continue; // deleted in the working tree
      }
      for (const title of titles) if (text.includes(title)) copies.push(`${file}: ${title.slice(0, 40)}…`);
    }
    expect(copies).toEqual([]);
  });
});

if (!listings) console.log(skipMessage());
