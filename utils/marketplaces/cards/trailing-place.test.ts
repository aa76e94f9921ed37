// @vitest-environment happy-dom
/**
 * The seller's location by card structure, where no hook and no gazetteer name finds it: the last
 * short text after the price and metrics, outside the product link (Lazada's cards, issue 14).
 */
import { describe, expect, it } from 'vitest';
import { readCard, trailingPlace } from './read-card';
import { readText } from './text';
import type { CardContext } from './types';

const card = (html: string) => {
  const doc = new DOMParser().parseFromString(`<div id="c">${html}</div>`, 'text/html');
  return doc.getElementById('c')!;
};
const ctx: CardContext = { pageUrl: 'https://www.lazada.co.id/catalog/?q=vas', marketplace: 'lazada', linkKinds: ['product'] };

describe('trailingPlace', () => {
  it('takes the line after the sold and review counts', () => {
    const el = card(
      '<a href="/products/vas-i1.html" title="Vas Bunga">Vas Bunga</a><span>Rp89.000</span><span>2k+ sold</span><span>(384)</span><span title="Laguna">Laguna</span>',
    );
    expect(trailingPlace(readText(el))).toBe('Laguna');
    expect(readCard(el, ctx)?.location).toBe('Laguna');
  });

  it('takes the line after a discount where there are no counts', () => {
    expect(
      trailingPlace(readText(card('<a href="/products/vas-i1.html">Vas</a><span>₱936.64</span><span>45% Off</span><span>Abra</span>'))),
    ).toBe('Abra');
  });

  it('never takes a shop name inside the product link, or text after free text', () => {
    // Tokopedia: city, then the shop's name, inside the link; no metric before the shop's name.
    expect(
      trailingPlace(readText(card('<a href="/p"><div>Vas</div><div>Rp9.000</div><span>Laguna</span><span>Toko Vas</span></a>'))),
    ).toBeUndefined();
    expect(
      trailingPlace(readText(card('<a href="/p"><div>Vas</div><div>Rp9.000</div><span>5.0</span><span>Toko Vas</span></a>'))),
    ).toBeUndefined();
    expect(trailingPlace(readText(card('<div>Vas Bunga</div><div>Gratis ongkir</div><div>Laguna</div>')))).toBeUndefined();
    expect(trailingPlace(readText(card('<div>Vas</div><div>Rp9.000</div><div>Stok habis sekarang juga ya kak</div>')))).toBeUndefined();
  });
});
