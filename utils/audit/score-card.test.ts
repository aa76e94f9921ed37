import { describe, expect, it } from 'vitest';
import type { ProductCard } from '../listing/listing';
import { scoreCard } from './score-card';

const SHOP = 'https://www.tokopedia.com/batiksaripekalongan';
const score = (title: string, extra: Partial<ProductCard> = {}) =>
  scoreCard({ title, priceIdr: 150_000, url: `${SHOP}/p`, ...extra }, 'tokopedia');

describe('scoreCard', () => {
  it('judges only what a card shows: no description, photo, video, weight or stock findings', () => {
    const unseen = [
      'description-too-short',
      'description-no-structure',
      'images-too-few',
      'video-missing',
      'weight-missing',
      'stock-low',
      'food-registration-missing',
      'hashtags-too-many',
    ];
    for (const title of [
      'Batik',
      'KAIN BATIK CAP MOTIF PARANG 2 METER',
      'Keripik Tempe Malang 250 gr',
      'Kopi Arabika Gayo Bubuk 200 gr Halal',
    ]) {
      expect(
        score(title)
          .findings.map((f) => f.ruleId)
          .filter((id) => unseen.includes(id)),
      ).toEqual([]);
    }
    const best = score('Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang');
    expect(best).toMatchObject({ grade: 'A', findings: [] });
    // What the card cannot show (description, photos) is a neutral guess, not full marks.
    expect(best.score).toBeLessThan(100);
  });

  it('scores by what the card says: a one-word title is no A, an error-level finding at best C', () => {
    expect(score('Kopi').grade).not.toBe('A');
    expect(score('Batik', { priceIdr: undefined }).grade).not.toBe('A');
    const contact = score('Kemeja Batik Tulis Pekalongan WA 0812-3456-7890');
    expect(contact.findings.some((f) => f.severity === 'error')).toBe(true);
    expect(['C', 'D', 'E']).toContain(contact.grade);
    expect(score('Kopi Arabika Gayo').score).toBeLessThan(score('Kopi Arabika Gayo Bubuk 200 gr Giling Halus').score);
  });

  it('does not blame a card whose price the page did not show', () => {
    expect(score('Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang', { priceIdr: undefined }).findings).toEqual([]);
  });

  it('keeps one finding per rule, the most severe, as rule id and severity only', () => {
    const { findings, score: points } = score('PROMO!!! TERMURAH Kemeja Batik Cap Pria Lengan Pendek');
    // "TERMURAH" is an unchecked price claim (unproven-claim, a tip), "PROMO" a promo word (issue 12 labels).
    expect(findings.map((f) => f.ruleId)).toEqual(['title-promo-words', 'title-punctuation-spam', 'unproven-claim']);
    expect(Object.keys(findings[0]!)).toEqual(['ruleId', 'severity']);
    expect(points).toBeLessThan(100);
  });

  it('keys a product by its link without the fragment, or by its title when it has none', () => {
    expect(score('Batik Tulis Lasem', { url: `${SHOP}/batik-lasem#reviews` }).key).toBe(`${SHOP}/batik-lasem`);
    expect(score('Batik Tulis Lasem', { url: undefined }).key).toBe('Batik Tulis Lasem');
  });

  it('lists the local tags a title earns: origins, indications and Indonesian techniques', () => {
    const shirt = score('Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang');
    expect(shirt.localTags).toEqual(expect.arrayContaining(['Batik Pekalongan', 'Batik Tulis', 'Pekalongan']));
    expect(shirt).toMatchObject({ missingLocal: false, importSignals: false });
    expect(score('Sarung Batik Pekalongan Motif Semen Rama Premium').localTags).toContain('Sarung Batik Pekalongan');
    expect(score('Kain Batik Cap Motif Kawung Katun 2 m').localTags).toEqual(['Batik Cap']);
  });

  it('marks an Indonesian product whose title names no origin or technique', () => {
    expect(score('Kemeja Batik Anak Motif Buketan Usia 2-10 Tahun')).toMatchObject({ localTags: [], missingLocal: true });
    expect(score('Rendang Daging Sapi 500 gr Pedas')).toMatchObject({ missingLocal: true });
    // A printed batik pattern on a phone case is neither local nor a local product missing its origin.
    expect(score('Case iPhone 13 Motif Batik Kawung Softcase Anti Crack')).toMatchObject({ localTags: [], missingLocal: false });
    expect(score('Tas Selempang Pria Kanvas Anti Air')).toMatchObject({ localTags: [], missingLocal: false });
  });

  it('never counts an import as local, even when its title names a local technique or origin', () => {
    expect(score('Kemeja Batik Tulis Pekalongan Import China')).toMatchObject({ localTags: [], missingLocal: false, importSignals: true });
    expect(score('Kemeja Flanel Pria Import Korea Kotak-Kotak')).toMatchObject({ localTags: [], importSignals: true });
    const conflict = score('Produk Lokal Kemeja Batik Import Guangzhou');
    expect(conflict.findings.map((f) => f.ruleId)).toContain('local-claim-conflict');
    expect(conflict).toMatchObject({ localTags: [], missingLocal: false, importSignals: true });
  });
});
