import { describe, expect, it } from 'vitest';
import type { Mention } from '../analysis/types';
import type { ReasonField } from '../types';
import { joinReasons, reasonsOf, round, strength } from './candidate';

/** A mention of `text` at `start` in one field (the ref is irrelevant to scoring and quoting). */
const said = (field: ReasonField, text: string, start = 0): Mention => ({
  ref: { type: 'signal', signal: 'handmade' },
  field,
  from: 0,
  to: 1,
  start,
  end: start + text.length,
  text,
});
const quoted = (reasons: ReturnType<typeof reasonsOf>) => reasons.map((r) => `${r.field}:${r.text}@${r.start}-${r.end}`);

describe('strength: how much the seller means a word, by where it stands', () => {
  it.each([
    ['title alone', [said('title', 'Batik')], 0.9],
    ['description alone', [said('description', 'batik')], 0.7],
    ['category alone', [said('category', 'Batik')], 0.65],
    ['the seller city alone', [said('origin', 'Pekalongan')], 0.5],
    ['description and category (no title to agree with)', [said('category', 'Batik'), said('description', 'batik')], 0.7],
    ['title and category', [said('title', 'Batik'), said('category', 'Batik')], 0.9],
    ['title and description agreeing, a little more', [said('title', 'Batik'), said('description', 'batik')], 0.95],
    ['nothing at all', [], 0],
  ])('%s', (_name, mentions, expected) => {
    expect(strength(mentions)).toBeCloseTo(expected, 10);
  });
});

describe('reasonsOf: the seller words quoted for a tag', () => {
  it('quotes the earliest mention in each field, title first, then description, category and the seller city', () => {
    const mentions = [
      said('origin', 'Pekalongan', 5),
      said('description', 'batik tulis', 30),
      said('title', 'Batik', 12),
      said('description', 'batik', 4),
      said('title', 'Batik Tulis', 2),
      said('category', 'Batik', 0),
    ];
    expect(quoted(reasonsOf(mentions, 4))).toEqual([
      'title:Batik Tulis@2-13',
      'description:batik@4-9',
      'category:Batik@0-5',
      'origin:Pekalongan@5-15',
    ]);
  });

  it('quotes at most two fields by default, and at most `max`', () => {
    const mentions = [said('category', 'Kopi'), said('description', 'kopi', 8), said('title', 'Kopi', 3)];
    expect(quoted(reasonsOf(mentions))).toEqual(['title:Kopi@3-7', 'description:kopi@8-12']);
    expect(quoted(reasonsOf(mentions, 1))).toEqual(['title:Kopi@3-7']);
    expect(quoted(reasonsOf([said('description', 'kopi', 8), said('category', 'Kopi')], 1))).toEqual(['description:kopi@8-12']);
    expect(reasonsOf([])).toEqual([]);
  });
});

describe('joinReasons: one quote per piece of evidence', () => {
  it('takes the first field of each group only, in group order', () => {
    const product = [said('description', 'dodol', 0), said('title', 'Dodol', 0)];
    const place = [said('title', 'Garut', 6), said('description', 'Garut', 12)];
    expect(quoted(joinReasons(product, place))).toEqual(['title:Dodol@0-5', 'title:Garut@6-11']);
  });

  it('does not quote the same span twice, but keeps the same words at another place or in another field', () => {
    const span = said('title', 'Songket', 6);
    expect(quoted(joinReasons([span], [said('title', 'Songket', 6)]))).toEqual(['title:Songket@6-13']);
    expect(quoted(joinReasons([span], [said('title', 'Songket', 20)]))).toEqual(['title:Songket@6-13', 'title:Songket@20-27']);
    expect(quoted(joinReasons([span], [said('description', 'Songket', 6)]))).toEqual(['title:Songket@6-13', 'description:Songket@6-13']);
    expect(joinReasons([], [])).toEqual([]);
  });
});

describe('round: a confidence between 0 and 1, to two decimals', () => {
  it.each([
    [0.456, 0.46],
    [0.454, 0.45],
    [1.3, 1],
    [-0.2, 0],
    [0.95, 0.95],
  ])('%d -> %d', (value, expected) => {
    expect(round(value)).toBe(expected);
  });
});
