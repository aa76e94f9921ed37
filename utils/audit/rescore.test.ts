import { describe, expect, it } from 'vitest';
import type { ProductCard } from '../listing/listing';
import { auditCards } from './audit-cards';
import { compareAudits } from './compare';
import { SCORING_VERSION } from './listing-score';
import { rescored } from './rescore';
import { AuditSchema, type Audit } from './schema';
import { AT, SHOP } from '../../tests/support/test-audits';

const cards: ProductCard[] = [
  { title: 'Kemeja Batik Tulis Pekalongan Motif Jlamprang Lengan Panjang', priceIdr: 285_000, url: `${SHOP}/kemeja` },
  { title: 'Batik', priceIdr: 95_000, url: `${SHOP}/batik` },
  { title: 'PROMO!!! TERMURAH Kemeja Batik Cap Pria Lengan Pendek', priceIdr: 99_000, url: `${SHOP}/promo` },
];
const now = auditCards(cards, { marketplace: 'tokopedia', url: SHOP, at: AT });

/** The same page as the first scoring model saved it: no `scoring`, every card near the top. */
function savedByFirstModel(audit: Audit, scores: number[]): Audit {
  const { scoring: _scoring, ...rest } = audit;
  const products = audit.products.map((product, i) => ({ ...product, score: scores[i]!, grade: 'A' as const }));
  const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
  return { ...rest, products, summary: { ...audit.summary, meanScore: Math.round(mean * 10) / 10 } };
}

describe('rescored', () => {
  it("judges an older model's audit again by today's, from the cards it kept", () => {
    const old = savedByFirstModel(now, [100, 90, 88]);
    const again = rescored(old);
    expect(again.scoring).toBe(SCORING_VERSION);
    expect(again.products.map((p) => [p.key, p.score, p.grade])).toEqual(now.products.map((p) => [p.key, p.score, p.grade]));
    expect(again.summary).toEqual(now.summary);
    expect(AuditSchema.parse(again)).toEqual(again);
    // Notes, actions and the page's facts are the session's own and stay.
    expect(rescored({ ...old, notes: 'catatan' })).toMatchObject({ notes: 'catatan', url: SHOP, at: AT.toISOString() });
  });

  it("leaves an audit of today's model as it is", () => {
    expect(rescored(now)).toBe(now);
  });

  it('compares an old session with a new one of the same page as unchanged, not as a fall in scores', () => {
    const old = savedByFirstModel(now, [100, 90, 88]);
    const diff = compareAudits(old, now);
    expect(diff.meanScore.change).toBe(0);
    expect(diff.worsened).toEqual([]);
    expect(diff.improved).toEqual([]);
  });
});
