/**
 * Pinned after a mutation run (issue 14): the size limit is in UTF-8 bytes, not characters, and a
 * file that is not text, or an unknown format, is named as such rather than as a JSON/CSV error.
 */
import { describe, expect, it } from 'vitest';
import { parseSnippetFile } from './file';
import { SNIPPET_LIMITS } from './model';

const message = (result: ReturnType<typeof parseSnippetFile>) => JSON.stringify(result);

describe('parseSnippetFile limits', () => {
  it('measures the 20 MB limit in UTF-8 bytes: 11 million "é" are 22 MB though 11 million characters', () => {
    const characters = 11 * 1024 * 1024;
    expect(characters).toBeLessThan(SNIPPET_LIMITS.fileBytes);
    const result = parseSnippetFile(`"${'é'.repeat(characters)}"`, 'json');
    expect(result.ok).toBe(false);
    expect(message(result)).toContain('The file is too large (max 20 MB)');
    // The same number of plain letters is under the limit, so the JSON itself is judged.
    expect(message(parseSnippetFile(`"${'e'.repeat(characters)}"`, 'json'))).not.toContain('too large');
  });

  it('calls a file with more than 1% control characters not text, and a few stray ones text', () => {
    const binary = `[${'\u0001'.repeat(50)}${'a'.repeat(100)}]`;
    expect(message(parseSnippetFile(binary, 'json'))).toContain('This file is not text');
    const stray = `[{"title":"Garansi","body":"${'Garansi 7 hari. '.repeat(40)}"}]`.replace('Garansi 7', '\u0001Garansi 7');
    expect(message(parseSnippetFile(stray, 'json'))).not.toContain('This file is not text');
  });

  it('names an unknown format instead of guessing', () => {
    expect(message(parseSnippetFile('a,b', 'xml' as never))).toContain('Unknown format \\"xml\\"; use json or csv');
  });
});
