/**
 * Crafts, instruments, textiles and regional foods added for issue 13, in titles written plainly
 * as a seller would (tests/fixtures/tags/crafts-foods.json, written for this test, not copied from
 * real listings). A title counts as tagged correctly when every expected tag (the product, and the
 * product with its place when the title or seller city names one) is in the first five; at least 90% must be.
 */
import { describe, expect, it } from 'vitest';
import rows from '../../tests/fixtures/tags/crafts-foods.json';
import { suggestTags } from './index';

interface Row {
  title: string;
  origin?: string;
  expect: string[];
}

const ROWS = rows as Row[];
const top5 = (row: Row) =>
  suggestTags({ marketplace: 'tokopedia', title: row.title, ...(row.origin && { origin: row.origin }) }, { limit: 5 });

describe('crafts and foods in plainly written titles', () => {
  const results = ROWS.map((row) => ({ row, top: top5(row).map((t) => t.label) }));
  const missed = results.filter(({ row, top }) => !row.expect.every((label) => top.includes(label)));

  it('covers the items the issue names and more', () => {
    const named = [
      'Angklung',
      'Rebana',
      'Tifa',
      'Kolintang',
      'Sasando',
      'Kipas Cendana',
      'Kerajinan Rotan',
      'Anyaman Pandan',
      'Noken',
      'Cuanki',
      'Batagor',
      'Baso Aci',
    ];
    const expected = new Set(ROWS.flatMap((row) => row.expect));
    for (const label of named) expect(expected, label).toContain(label);
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
  });

  it('tags at least 90% of them correctly in the top five', () => {
    const share = 1 - missed.length / ROWS.length;
    console.log(
      `crafts and foods: ${ROWS.length - missed.length}/${ROWS.length} tagged correctly in the top 5 (${(share * 100).toFixed(1)}%)`,
    );
    for (const { row, top } of missed) console.log(`  missed: ${row.title} → ${top.join(', ')}`);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });
});
