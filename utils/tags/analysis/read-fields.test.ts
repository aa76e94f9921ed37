import { describe, expect, it } from 'vitest';
import type { Listing } from '../../listing/listing';
import { suggestTags } from '../index';

const labels = (title: string, extra: Partial<Listing> = {}) =>
  suggestTags({ marketplace: 'shopee', title, ...extra }, { limit: 50 }).map((tag) => tag.label);

describe('reading the description: its first lines say what is sold', () => {
  it('takes products from the first three lines that have text, blank lines not counted', () => {
    expect(labels('Kopi Bubuk', { description: 'Kopi nikmat\nAroma wangi\nRendang' })).toContain('Rendang');
    expect(labels('Kopi Bubuk', { description: 'Kopi nikmat\n\n\n\nAroma wangi\nRendang' })).toContain('Rendang');
    expect(labels('Kopi Bubuk', { description: 'Kopi nikmat\nAroma wangi\nSiap seduh\nKami juga jual rendang' })).not.toContain('Rendang');
  });

  it('takes products from the first 400 characters of one long line, not from the 401st on', () => {
    expect(labels('Kopi Bubuk', { description: `${'x'.repeat(398)} Rendang` })).toContain('Rendang');
    // "Rendang" starts at character 400: past the lead.
    expect(labels('Kopi Bubuk', { description: `${'x'.repeat(399)} Rendang` })).not.toContain('Rendang');
  });

  it('still reads a technique past the lead ("batik tulis" in the care notes)', () => {
    expect(labels('Kain Panjang', { description: 'Kain nikmat\nAdem\nLembut\nBatik tulis' })).toContain('Batik Tulis');
  });

  it('skips everyday goods the description names when the title sells a brand, and only then', () => {
    expect(labels('Samsung Galaxy A04e', { description: 'Kaos polos hitam' })).not.toContain('Kaos');
    expect(labels('HP Android', { description: 'Kaos polos hitam' })).toContain('Kaos');
    // In the title itself the product is still read.
    expect(labels('Samsung Galaxy A04e Kaos Polos')).toContain('Kaos');
  });

  it('reads the seller city even when the description is blank', () => {
    expect(labels('Rendang', { description: '   ', origin: 'Kota Padang' })).toContain('Rendang Padang');
  });
});

describe('reading words as phrases', () => {
  it('does not take a place after a shipping word, a negation or a print word as the origin', () => {
    expect(labels('Rendang Kirim dari Medan')).not.toContain('Rendang Medan');
    expect(labels('Rendang Bukan Bali')).not.toContain('Bali');
    expect(labels('Kaos Motif Bali')).toEqual(['Kaos']);
  });

  it('takes a place that is also a common word only after an origin word ("Batu")', () => {
    expect(labels('Keripik Batu')).not.toContain('Batu');
    expect(labels('Keripik Khas Batu')).toEqual(expect.arrayContaining(['Keripik Batu', 'Batu']));
  });

  it('takes a place that is also a dish after the product or with a product it is known for', () => {
    expect(labels('Rendang Padang')).toContain('Rendang Padang');
    expect(labels('Padang Rendang')).toContain('Rendang Padang');
  });

  it('drops a denied product, a gift, a part and an imitation', () => {
    expect(labels('Tanpa Tas Kulit Sapi Dompet')).not.toContain('Tas');
    expect(labels('Dompet Kulit Bonus Tas')).not.toContain('Tas');
    expect(labels('Tali Hoodie Kulit')).toEqual([]);
    expect(labels('Tas Kulit Sintetis')).toEqual([]);
  });

  it('reads a colour or a flavour as one, not as the food', () => {
    expect(labels('Kemeja Warna Coklat')).toEqual(['Kemeja']);
    expect(labels('Keripik Pisang Rasa Coklat')).not.toContain('Cokelat');
  });

  it('reads the longer phrase ("kerupuk kulit" is a cracker, not leather)', () => {
    const tags = labels('Kerupuk Kulit');
    expect(tags).toContain('Kerupuk Kulit');
    expect(tags).not.toContain('Kulit');
  });
});
