import { describe, expect, it } from 'vitest';
import { applyFix, applyFixToValue, invertFix } from './fix';
import { makeFinding, replaceFix, removeFix } from './finding';
import type { Fix } from './types';
import { listingWith } from '../../tests/support/test-listings';

describe('fixes', () => {
  it('apply a span replacement and undo it', () => {
    const title = 'Kaos Polos TERMURAH Hitam';
    const fix = removeFix('title', title, { start: 11, end: 19 }, 'fix_remove_promo_words');
    const applied = applyFixToValue(fix, title) as string;
    expect(applied).toBe('Kaos Polos Hitam');
    expect(applyFixToValue(invertFix(fix), applied)).toBe(title);
  });

  it('refuse a stale fix: the text at the span changed since the check', () => {
    const fix = replaceFix('title', 'Kaos murahhh', { start: 5, end: 12 }, 'murah', 'fix_shorten_stretched_word');
    expect(applyFixToValue(fix, 'Kaos mahal!!')).toBeNull();
    expect(applyFixToValue(fix, undefined)).toBeNull();
  });

  it('set a field only when it still holds the previous value, and undo it', () => {
    const listing = listingWith({ hashtags: ['a', 'b', 'c'] });
    const fix: Fix = {
      kind: 'set-field',
      field: 'hashtags',
      value: ['a'],
      previous: ['a', 'b', 'c'],
      labelKey: 'fix_remove_extra_hashtags',
    };
    const applied = applyFix(listing, fix)!;
    expect(applied.hashtags).toEqual(['a']);
    expect(applyFix(applied, invertFix(fix))?.hashtags).toEqual(['a', 'b', 'c']);
    expect(applyFix(listingWith({ hashtags: ['x'] }), fix)).toBeNull();
  });

  it('compares a list field item by item: a changed, missing or extra tag makes the fix stale', () => {
    const fix: Fix = {
      kind: 'set-field',
      field: 'hashtags',
      value: ['kaos'],
      previous: ['kaos', 'murah'],
      labelKey: 'fix_remove_extra_hashtags',
    };
    expect(applyFixToValue(fix, ['kaos', 'murah'])).toEqual(['kaos']);
    expect(applyFixToValue(fix, ['kaos', 'promo'])).toBeNull();
    expect(applyFixToValue(fix, ['kaos'])).toBeNull();
    expect(applyFixToValue(fix, ['kaos', 'murah', 'baru'])).toBeNull();
    expect(applyFixToValue(fix, 'kaos murah')).toBeNull();
  });
});

describe('makeFinding', () => {
  it('keeps at most nine parameters, as text, and only the span and fix it is given', () => {
    const finding = makeFinding('stock-low', 'tip', 'stock', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(finding.params).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(Object.keys(finding)).toEqual(['ruleId', 'severity', 'field', 'messageKey', 'params']);
    expect(makeFinding('stock-low', 'tip', 'stock').params).toEqual([]);
  });

  it('records a span fix as a replacement of what the text held there', () => {
    expect(replaceFix('title', 'Kaos murahhh', { start: 5, end: 12 }, 'murah', 'fix_shorten_stretched_word')).toEqual({
      kind: 'replace-span',
      field: 'title',
      start: 5,
      end: 12,
      replacement: 'murah',
      original: 'murahhh',
      labelKey: 'fix_shorten_stretched_word',
    });
  });
});
