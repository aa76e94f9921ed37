import { describe, expect, it } from 'vitest';
import { analyse } from '../analysis/analyse';
import { getIndex } from '../compile/build-index';
import { leaves, productOf } from './leaves';

const read = (title: string) => analyse({ marketplace: 'shopee', title }, getIndex());
const leafIds = (title: string) => leaves(read(title)).map((e) => e.entry.id);

describe('leaves: the most specific things a listing sells', () => {
  it('drops a broader kind the title also names on its own ("Kopi Arabika … Kopi" sells Kopi Arabika)', () => {
    const analysis = read('Kopi Arabika Kopi Enak');
    // Both are named in their own words; only the specific one is a leaf.
    expect(analysis.entries.get('kopi')?.direct).toBe(true);
    expect(leafIds('Kopi Arabika Kopi Enak')).toEqual(['kopi-arabika']);
  });

  it('keeps unrelated things side by side, in the order they were read', () => {
    expect(leafIds('Kemeja Batik Printing Pekalongan')).toEqual(['kemeja', 'batik-printing']);
    expect(leafIds('Kain Batik Tulis')).toEqual(['batik-tulis']);
  });

  it('is empty when nothing known is sold', () => {
    expect(leafIds('Barang Bagus Murah')).toEqual([]);
  });
});

describe('productOf: what a leaf names in a "Product Place" tag', () => {
  const leafOf = (title: string, id: string) => {
    const analysis = read(title);
    const leaf = leaves(analysis).find((e) => e.entry.id === id);
    if (!leaf) throw new Error(`${id} is not a leaf of "${title}"`);
    return { analysis, leaf };
  };

  it("names a technique's product, quoting the technique's words (batik tulis → Batik)", () => {
    const { analysis, leaf } = leafOf('Kain Batik Tulis', 'batik-tulis');
    const product = productOf(leaf, analysis);
    expect(product?.entry.id).toBe('batik');
    expect(product?.direct).toBe(true);
    expect(product?.mentions.map((m) => m.text)).toEqual(['Batik Tulis']);
  });

  it('lets a technique without a product name itself (jumputan, bordir)', () => {
    const cases: [string, string][] = [
      ['Kain Jumputan Palembang', 'jumputan'],
      ['Bordir Tasikmalaya', 'bordir'],
    ];
    for (const [title, id] of cases) {
      const { analysis, leaf } = leafOf(title, id);
      expect(productOf(leaf, analysis)).toBe(leaf);
    }
  });

  it('lets a product name itself', () => {
    const { analysis, leaf } = leafOf('Kopi Arabika Kopi Enak', 'kopi-arabika');
    expect(productOf(leaf, analysis)).toBe(leaf);
  });

  it('names nothing for a printed batik pattern', () => {
    const { analysis, leaf } = leafOf('Kemeja Batik Printing Pekalongan', 'batik-printing');
    expect(productOf(leaf, analysis)).toBeUndefined();
  });
});
