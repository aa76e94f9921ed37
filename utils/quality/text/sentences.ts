/**
 * One sentence per line, for a description written as one block. A break goes
 * after ". ", "! " or "? " before a capital, but not after an abbreviation
 * ("No. 1", "Kab. Pekalongan", "Rp. 50.000"), where the full stop is not an end.
 */
const ABBREVIATIONS = new Set(
  'no rp jl dr kab kec kel dll dsb tel telp ukr pcs max min kg gr cm mm ml vol st sdh yg dg dgn ir prof hj h pt cv tbk'.split(' '),
);

export function breakIntoLines(text: string): string {
  return text.replace(/([.!?])[ \t]+(?=\p{Lu})/gu, (whole, mark: string, offset: number) => {
    // Only a few characters back: the word before the mark, never the whole text (keeps this linear).
    const word = /\p{L}+$/u.exec(text.slice(Math.max(0, offset - 12), offset))?.[0].toLowerCase();
    return mark === '.' && word !== undefined && ABBREVIATIONS.has(word) ? whole : `${mark}\n`;
  });
}
