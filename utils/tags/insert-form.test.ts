import { describe, expect, it } from 'vitest';
import { suggestTags } from './index';
import { toHashtag, toKeyword } from './insert-form';

describe('insert forms', () => {
  it('writes hashtags in camel case without punctuation', () => {
    expect(toHashtag('Batik Pekalongan')).toBe('#BatikPekalongan');
    expect(toHashtag('Oleh-oleh Malang')).toBe('#OlehOlehMalang');
    expect(toHashtag('Motif Batik (Printing)')).toBe('#MotifBatikPrinting');
    expect(toHashtag('UMKM')).toBe('#UMKM');
    expect(toKeyword('Motif Batik (Printing)')).toBe('Motif Batik Printing');
  });

  const listing = { title: 'Batik Cap Pekalongan Kemeja Pria' } as const;
  const insertOf = (marketplace: 'shopee' | 'tiktok-tokopedia' | 'tokopedia' | 'lazada' | 'blibli', label = 'Batik Pekalongan') =>
    suggestTags({ marketplace, ...listing }, { limit: 50 }).find((t) => t.label === label)?.insert;

  it('uses hashtags on Shopee and TikTok Shop, keywords on Tokopedia, Lazada and Blibli', () => {
    expect(insertOf('shopee')).toBe('#BatikPekalongan');
    expect(insertOf('tiktok-tokopedia')).toBe('#BatikPekalongan');
    expect(insertOf('tokopedia')).toBe('Batik Pekalongan');
    expect(insertOf('lazada')).toBe('Batik Pekalongan');
    expect(insertOf('blibli')).toBe('Batik Pekalongan');
  });

  it('keeps campaign hashtags as hashtags everywhere', () => {
    expect(insertOf('tokopedia', 'Melokal Dengan Batik')).toBe('#MelokalDenganBatik');
    expect(insertOf('shopee', 'Kreasi Nusantara')).toBe('#KreasiNusantara');
  });

  it('follows the marketplace option over the listing', () => {
    const [tag] = suggestTags({ marketplace: 'tokopedia', ...listing }, { marketplace: 'shopee', limit: 1 });
    expect(tag?.insert.startsWith('#')).toBe(true);
  });
});
