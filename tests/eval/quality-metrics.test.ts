import { describe, expect, it } from 'vitest';
import { disagreements, evaluateQuality, recallOn, worstByRule, type CheckedTitle } from './quality-metrics';

const f = (ruleId: string, severity: 'error' | 'warning' | 'tip') => ({ ruleId, severity });

// Four labelled titles and one unlabelled, on two marketplaces.
const TITLES: CheckedTitle[] = [
  // Right error, wrong warning.
  {
    hash: 'a',
    marketplace: 'shopee',
    findings: [f('contact-info', 'error'), f('title-too-long', 'warning')],
    label: { 'contact-info': 'error' },
  },
  // Wrong error (title-too-long fired twice: counted once, at its worst).
  { hash: 'b', marketplace: 'shopee', findings: [f('title-too-long', 'warning'), f('title-too-long', 'error')], label: {} },
  // Missed warning-level problem; a tip-level label is not counted in recall; a right tip.
  {
    hash: 'c',
    marketplace: 'tokopedia',
    findings: [f('title-all-caps', 'tip')],
    label: { 'title-promo-words': 'warning', 'title-all-caps': 'tip' },
  },
  // Problem caught only at tip: not caught.
  { hash: 'd', marketplace: 'tokopedia', findings: [f('title-promo-words', 'tip')], label: { 'title-promo-words': 'warning' } },
  // Unlabelled: counts as checked and flagged, never in precision or rates.
  { hash: 'e', marketplace: 'tokopedia', findings: [f('title-too-long', 'error')] },
];

describe('evaluateQuality', () => {
  const result = evaluateQuality(TITLES);

  it('counts false-error and false-warning titles among labelled titles only', () => {
    expect(result.overall.titles).toBe(5);
    expect(result.overall.findings).toEqual({ error: 3, warning: 2, tip: 2 });
    expect(result.overall.labelled).toBe(4);
    expect(result.overall.falseError).toEqual({ hits: 1, total: 4, value: 0.25 });
    expect(result.overall.falseWarning).toEqual({ hits: 1, total: 4, value: 0.25 });
  });

  it('computes recall over warning- and error-level labelled problems, caught at warning or error', () => {
    // Problems: a/contact-info (caught), c/promo (missed), d/promo (only a tip: missed).
    expect(result.overall.recall).toEqual({ hits: 1, total: 3, value: 1 / 3 });
    const promo = result.byMarketplace.tokopedia!.rules.find((r) => r.ruleId === 'title-promo-words')!;
    expect(promo.recall).toEqual({ hits: 0, total: 2, value: 0 });
    expect(promo.precision).toEqual({ hits: 1, total: 1, value: 1 });
    expect(promo.precisionWarnOrError.value).toBeNull();
  });

  it('gives per-rule precision by title, the worst severity standing for the rule', () => {
    const long = result.overall.rules.find((r) => r.ruleId === 'title-too-long')!;
    expect(long.flagged).toEqual({ error: 2, warning: 1, tip: 0 });
    expect(long.precision).toEqual({ hits: 0, total: 2, value: 0 });
    const caps = result.overall.rules.find((r) => r.ruleId === 'title-all-caps')!;
    expect(caps.precision.value).toBe(1);
    expect(caps.precisionWarnOrError.total).toBe(0);
  });

  it('splits figures per marketplace', () => {
    expect(Object.keys(result.byMarketplace).sort()).toEqual(['shopee', 'tokopedia']);
    expect(result.byMarketplace.shopee!.falseError.value).toBe(0.5);
    expect(result.byMarketplace.tokopedia!.falseError.value).toBe(0);
    expect(result.byMarketplace.tokopedia!.labelled).toBe(2);
  });

  it('reports no rate (null) when nothing is labelled', () => {
    const empty = evaluateQuality([{ hash: 'x', marketplace: 'lazada', findings: [] }]);
    expect(empty.overall.falseError.value).toBeNull();
    expect(empty.overall.recall.value).toBeNull();
  });

  it('keeps the worst severity per rule', () => {
    expect(worstByRule([f('a', 'tip'), f('a', 'error'), f('a', 'warning'), f('b', 'tip')])).toEqual(
      new Map([
        ['a', 'error'],
        ['b', 'tip'],
      ]),
    );
  });

  it('restricts recall to the rules asked about', () => {
    expect(recallOn(TITLES, ['title-promo-words'])).toEqual({ hits: 0, total: 2, value: 0 });
    expect(recallOn(TITLES, ['contact-info', 'title-promo-words'])).toEqual({ hits: 1, total: 3, value: 1 / 3 });
    expect(recallOn(TITLES, ['video-missing']).value).toBeNull();
  });
});

describe('disagreements', () => {
  it('lists wrong warnings/errors and problems missed or caught only as a tip, labelled titles only', () => {
    expect(disagreements(TITLES)).toEqual([
      { marketplace: 'shopee', hash: 'a', ruleId: 'title-too-long', kind: 'wrong', checker: 'warning', label: '—' },
      { marketplace: 'shopee', hash: 'b', ruleId: 'title-too-long', kind: 'wrong', checker: 'error', label: '—' },
      { marketplace: 'tokopedia', hash: 'c', ruleId: 'title-promo-words', kind: 'missed', checker: '—', label: 'warning' },
      { marketplace: 'tokopedia', hash: 'd', ruleId: 'title-promo-words', kind: 'missed', checker: 'tip', label: 'warning' },
    ]);
  });
});
