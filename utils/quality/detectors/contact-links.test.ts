import { describe, expect, it } from 'vitest';
import { findContactLinks } from './contact-links';
import { isMarketplaceLink } from './marketplace-names';

// The contact rule passes the listing's title; most examples use a title that names no brand.
const PLAIN_TITLE = 'Kaos Polos Katun Combed Hitam';
const links = (text: string, title: string | undefined = PLAIN_TITLE) =>
  findContactLinks(text, { isMarketplaceLink, qr: true, title }).map((match) => [match.kind, match.phrase]);

describe('findContactLinks: e-mail addresses', () => {
  it('takes an address only when it ends in a domain name of letters', () => {
    expect(links('Email: toko.batik@batiksari.co.id.')).toEqual([['email', 'toko.batik@batiksari.co.id']]);
    // A version or a product code with an at-sign is not an address.
    expect(links('Versi@1.2 terbaru')).toEqual([]);
    expect(links('Seri lampu@XY.ZZ.01 tersedia')).toEqual([]);
  });
});

describe("findContactLinks: brands' own sites", () => {
  it.each([
    'https://www.samsung.com/id/support/',
    'https://samsung.com/id/support/',
    'http://samsung.com/id/support/',
    'www.samsung.com/id/support/',
    'https://www.samsung.com/ID/Support/',
    'https://samsung•com/id/support/',
    'samsung.com/id/garansi?model=a55',
  ])('leaves the support page %s alone whatever the title', (url) => {
    expect(links(`Klaim garansi di ${url} ya kak`)).toEqual([]);
  });

  it('reports any other page of a brand site when the title does not name the brand', () => {
    expect(links('Lihat https://www.samsung.com/id/smartphones/ ya')).toEqual([['url', 'https://www.samsung.com/id/smartphones/']]);
    expect(links('Kunjungi samsung.com ya')).toEqual([['url', 'samsung.com']]);
    // "support" in the host is not a support page.
    expect(links('Cek https://support.apple.com/kaos')).toEqual([['url', 'https://support.apple.com/kaos']]);
  });

  it('leaves any page of the brand site alone when the title names the brand, also a bare domain', () => {
    const title = 'Samsung Galaxy A55 5G 8/256 Garansi Resmi';
    expect(links('Lihat https://www.samsung.com/id/smartphones/ ya', title)).toEqual([]);
    expect(links('Kunjungi samsung.com ya', title)).toEqual([]);
    expect(links('Kunjungi SAMSUNG.COM ya', title)).toEqual([]);
  });

  it('reads only the first 2,000 characters of the title for the brand', () => {
    const longTitle = `${'kaos '.repeat(400)}samsung`;
    expect(links('Kunjungi samsung.com ya', longTitle)).toEqual([['url', 'samsung.com']]);
    expect(links('Kunjungi samsung.com ya', `samsung ${'kaos '.repeat(400)}`)).toEqual([]);
  });

  it('reports a brand site when there is no title at all, unless it is a support page', () => {
    const untitled = (text: string) => findContactLinks(text, { isMarketplaceLink, qr: true }).map((match) => match.phrase);
    expect(untitled('Kunjungi samsung.com ya')).toEqual(['samsung.com']);
    expect(untitled('Kunjungi samsung.com/id/support ya')).toEqual([]);
  });

  it('never takes a malformed link with an empty host for the brand site it names', () => {
    const title = 'Samsung Galaxy A55 5G 8/256 Garansi Resmi';
    expect(links('Lihat https:///www.samsung.com ya', title)).toEqual([['url', 'https:///www.samsung.com']]);
  });

  it('leaves a marketplace link to the marketplace rule, also with bullets for dots', () => {
    expect(links('Toko kami https://shopee•co•id/tokoku')).toEqual([]);
    expect(links('Toko kami https://shopee.co.id/tokoku')).toEqual([]);
  });
});

describe('findContactLinks: bare domains', () => {
  it('needs a letter before the last dot: a price or a number is not a domain', () => {
    expect(links('Harga 150.000.id')).toEqual([]);
    expect(links('Kunjungi 88.batik.id')).toEqual([['url', '88.batik.id']]);
  });

  it('needs more than four characters', () => {
    expect(links('Kode a.id')).toEqual([]);
    expect(links('Kode ab.id')).toEqual([['url', 'ab.id']]);
  });
});

describe('findContactLinks: social handles', () => {
  it.each(['IG: IDG000000014', 'IG : IDG000000014', 'IG  : IDG000000014', 'IG :IDG000000014', 'IG:IDG000000014', 'IG=ID 000000014'])(
    'reads %s as a Geographical Indication certificate, not Instagram',
    (text) => {
      expect(links(`Kopi Gayo asli, sertifikat ${text}`)).toEqual([]);
    },
  );

  it('takes a handle named after the network without "@" only when it has a letter', () => {
    expect(links('Akun tiktok batiksarishop ya')).toEqual([['handle', 'tiktok batiksarishop']]);
    expect(links('IG 12345678 ya')).toEqual([]);
  });

  it('reads at most 300 matches of a pattern, in order: a flood is an attack, not a listing', () => {
    const flood = Array.from({ length: 400 }, (_, i) => `@toko${i}`).join(' ');
    const found = findContactLinks(flood, { isMarketplaceLink, qr: true });
    expect(found).toHaveLength(300);
    expect(found[0]!.phrase).toBe('@toko0');
    expect(found[299]!.phrase).toBe('@toko299');
    expect(links('@tokobatik dan @kaospolos')).toEqual([
      ['handle', '@tokobatik'],
      ['handle', '@kaospolos'],
    ]);
  });
});
