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
});
