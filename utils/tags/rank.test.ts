import { describe, expect, it } from 'vitest';
import { rank } from './rank';
import type { Candidate } from './rules/candidate';
import type { TagKind } from './types';

const tag = (label: string, kind: TagKind, confidence: number): Candidate => ({
  label,
  kind,
  confidence,
  reason: [{ field: 'title', text: label, start: 0, end: label.length }],
});
const shown = (tags: Candidate[]) => tags.map((t) => `${t.label}/${t.kind}/${t.confidence}`);

describe('rank', () => {
  it('offers one tag per label, however it is cased or spaced, keeping the stronger one', () => {
    const ranked = rank([tag('Batik Lasem', 'origin', 0.6), tag('batik-lasem', 'product', 0.8), tag('BATIK  LASEM', 'technique', 0.7)]);
    expect(shown(ranked)).toEqual(['batik-lasem/product/0.8']);
  });

  it('treats words glued together as the same label, since both become the same hashtag (#BatikLasem)', () => {
    expect(shown(rank([tag('Batik Lasem', 'origin', 0.9), tag('BatikLasem', 'product', 0.5)]))).toEqual(['Batik Lasem/origin/0.9']);
  });

  it('keeps the first of two equally strong tags with the same label', () => {
    expect(shown(rank([tag('Kopi Gayo', 'origin', 0.7), tag('Kopi Gayo', 'product', 0.7)]))).toEqual(['Kopi Gayo/origin/0.7']);
  });

  it('keeps labels that differ only in a digit apart', () => {
    expect(rank([tag('Batik 1', 'product', 0.5), tag('Batik 2', 'product', 0.5)])).toHaveLength(2);
  });

  it('lets a registered indication win over a stronger plain tag of the same words, in either order', () => {
    const gi = tag('Kopi Gayo', 'gi', 0.6);
    const plain = tag('Kopi Gayo', 'origin', 0.9);
    expect(shown(rank([plain, gi]))).toEqual(['Kopi Gayo/gi/0.6']);
    expect(shown(rank([gi, plain]))).toEqual(['Kopi Gayo/gi/0.6']);
    // Between two indications the stronger one stays.
    expect(shown(rank([gi, tag('Kopi Gayo', 'gi', 0.8)]))).toEqual(['Kopi Gayo/gi/0.8']);
  });

  it('orders by confidence, then gi, origin, technique, product, material, market, programme, then by label', () => {
    const ranked = rank([
      tag('UMKM', 'program', 0.7),
      tag('Oleh-oleh', 'market', 0.7),
      tag('Rotan', 'material', 0.7),
      tag('Tas', 'product', 0.7),
      tag('Anyaman', 'technique', 0.7),
      tag('Tasikmalaya', 'origin', 0.7),
      tag('Zebra', 'gi', 0.7),
      tag('Akar', 'gi', 0.7),
      tag('Kuat', 'origin', 0.9),
    ]);
    expect(ranked.map((t) => t.label)).toEqual(['Kuat', 'Akar', 'Zebra', 'Tasikmalaya', 'Anyaman', 'Tas', 'Rotan', 'Oleh-oleh', 'UMKM']);
  });
});
