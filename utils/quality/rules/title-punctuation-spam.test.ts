import { describe, expect, it } from 'vitest';
import { titlePunctuationSpam } from './title-punctuation-spam';
import { listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';

const phrases = (title: string) => runRule(titlePunctuationSpam, listingWith({ title })).map((f) => f.params[0]);

describe('title-punctuation-spam', () => {
  it('flags exclamation runs, stars, emoji and stretched words', () => {
    expect(phrases('Kaos Polos!!! Hitam')).toEqual(['!!!']);
    expect(phrases('★★ Kaos Polos Hitam')).toEqual(['★★']);
    expect(phrases('Kaos Polos 🔥🔥 Hitam')).toEqual(['🔥🔥']);
    expect(phrases('Kaos Polos VIRAALLL Hitam')).toEqual(['VIRAALLL']);
    expect(phrases('Kaos keren murahhh')).toEqual(['murahhh']);
  });

  it('shortens a stretched letter and removes symbols', () => {
    const listing = listingWith({ title: 'Kaos Polos kerennn!!' });
    const fixes = runRule(titlePunctuationSpam, listing).map((f) => f.fix!);
    expect(applyFix(listing, fixes[0]!)?.title).toBe('Kaos Polos keren!!');
    expect(applyFix(listing, fixes[1]!)?.title).toBe('Kaos Polos kerennn');
  });

  it('leaves sizes, battery grades, roman numerals and trademark signs alone', () => {
    expect(phrases('Kaos Polos XXXL Hitam')).toEqual([]);
    expect(phrases('Baterai AAA isi 4')).toEqual([]);
    expect(phrases('Buku Seri III')).toEqual([]);
    expect(phrases('Wardah® Lip Cream')).toEqual([]);
    expect(phrases('Kopi Aceh Gayo 250gr, bubuk halus.')).toEqual([]);
  });

  it('leaves sunscreen grades, "100++", model codes and short capital codes alone', () => {
    expect(phrases('Sunscreen Gel SPF 50 PA++++ 30ml')).toEqual([]);
    expect(phrases('Cushion SPF 35PA+++ Natural')).toEqual([]);
    expect(phrases('Paket 100++ Template Undangan Digital')).toEqual([]);
    expect(phrases('Flashdisk OTG Type C 64GB SDDDC3-064G')).toEqual([]);
    expect(phrases('Sandal Jepit Karet Seri KBAAA')).toEqual([]);
    expect(phrases('Voucher Kuota XTRAZELLl 10GB')).toEqual([]);
  });

  it('still flags "++" standing alone and capital words stretched to shout', () => {
    expect(phrases('Kaos Polos ++ Hitam')).toEqual(['++']);
    expect(phrases('Kaos Polos MURAHHH Hitam')).toEqual(['MURAHHH']);
  });

  it('labels each fix for what it does, on the title field', () => {
    const findings = runRule(titlePunctuationSpam, listingWith({ title: 'Kaos Polos kerennn!!' }));
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'title-punctuation-spam',
        severity: 'warning',
        field: 'title',
        params: ['kerennn'],
        span: { start: 15, end: 18 },
        fix: expect.objectContaining({ field: 'title', replacement: 'n', labelKey: 'fix_shorten_stretched_word' }),
      }),
      expect.objectContaining({
        field: 'title',
        params: ['!!'],
        span: { start: 18, end: 20 },
        fix: expect.objectContaining({ field: 'title', replacement: '', labelKey: 'fix_remove_symbols' }),
      }),
    ]);
  });

  it('leaves words of one repeated letter alone, whatever their case or length', () => {
    expect(phrases('Bantal Tidur Lucu zzz')).toEqual([]);
    expect(phrases('Stiker Teriak Aaaa')).toEqual([]);
    expect(phrases('Baterai AAAAAA Isi Ulang')).toEqual([]);
  });

  it('leaves sizes like xxxl and XXXXXL alone in any case, but not other stretched x words', () => {
    expect(phrases('Kaos Polos ukuran xxxl')).toEqual([]);
    expect(phrases('Kaos Polos Jumbo XXXXXL')).toEqual([]);
    expect(phrases('Kaos Polos XXXXXS')).toEqual([]);
  });

  it('leaves letters glued to a digit on either side alone, as model codes', () => {
    expect(phrases('Flashdisk SDDDCZ3-064G')).toEqual([]);
    expect(phrases('Kipas Angin Tipe 12abccc')).toEqual([]);
    // Glued to nothing, the same letters are a stretched word.
    expect(phrases('Kipas Angin Tipe abccc')).toEqual(['abccc']);
  });

  it('flags a short stretched word in small letters; only short words in capitals are codes', () => {
    expect(phrases('Kaos Polos yukkk')).toEqual(['yukkk']);
    expect(phrases('Kaos Polos YUKKK')).toEqual([]);
  });

  it('reads only the first 1000 characters of a pasted wall of text', () => {
    const title = `Kaos Polos ${'a '.repeat(500)}!!!`;
    expect(title.indexOf('!!!')).toBeGreaterThanOrEqual(1000);
    expect(phrases(title)).toEqual([]);
    expect(phrases(`Kaos!!! ${'a '.repeat(500)}`)).toEqual(['!!!']);
  });

  it('reports at most ten findings, the first ten in the title', () => {
    const title = Array.from({ length: 12 }, (_, i) => `Kaos${i}!!`).join(' ');
    const findings = runRule(titlePunctuationSpam, listingWith({ title }));
    expect(findings).toHaveLength(10);
    expect(findings[0]!.span).toEqual({ start: 5, end: 7 });
  });
});
