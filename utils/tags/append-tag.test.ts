import { describe, expect, it } from 'vitest';
import { appendTag } from './append-tag';

describe('appendTag', () => {
  it('starts a hashtag line after the description text', () => {
    expect(appendTag('Batik tulis asli.\nBahan katun.', '#BatikPekalongan', 'description')).toBe(
      'Batik tulis asli.\nBahan katun.\n\n#BatikPekalongan',
    );
  });

  it('extends an existing hashtag line', () => {
    expect(appendTag('Kopi enak.\n\n#KopiGayo #KopiAceh\n', '#ProdukLokal', 'description')).toBe(
      'Kopi enak.\n\n#KopiGayo #KopiAceh #ProdukLokal',
    );
  });

  it('adds a keyword at the end of the title', () => {
    expect(appendTag('Kemeja Batik Tulis Pria ', 'Batik Pekalongan', 'title')).toBe('Kemeja Batik Tulis Pria Batik Pekalongan');
  });

  it('does not add what is already there, whatever its case', () => {
    expect(appendTag('Kopi\n#kopigayo', '#KopiGayo', 'description')).toBe('Kopi\n#kopigayo');
    expect(appendTag('Vas Keramik Dinoyo Malang', 'Keramik Dinoyo', 'title')).toBe('Vas Keramik Dinoyo Malang');
  });

  it('fills an empty field with the tag alone', () => {
    expect(appendTag('', '#UMKM', 'description')).toBe('#UMKM');
    expect(appendTag('  ', 'Tenun Ikat', 'title')).toBe('Tenun Ikat');
  });
});

describe('coveredByTitle', () => {
  it('sees a keyword whose words the title already has, in any order and case', async () => {
    const { coveredByTitle } = await import('./in-title');
    const title = 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang Pria';
    for (const covered of ['Kemeja', 'Batik Tulis', 'Batik Pekalongan', 'pekalongan batik'])
      expect(coveredByTitle(title, covered)).toBe(true);
    for (const fresh of ['Handmade in Indonesia', 'Batik Lasem', 'Kain']) expect(coveredByTitle(title, fresh)).toBe(false);
  });
});
