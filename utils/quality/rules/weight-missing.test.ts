import { describe, expect, it } from 'vitest';
import { weightMissing } from './weight-missing';
import { listingWith, minimalListing, runRule } from '../../../tests/support/test-listings';

describe('weight-missing', () => {
  it('is an error when the weight field was found empty on a marketplace that requires it', () => {
    expect(runRule(weightMissing, listingWith({ weightGrams: 0 }, 'tokopedia'))[0]).toMatchObject({
      severity: 'error',
      params: ['Tokopedia'],
    });
    const { weightGrams: _, ...noWeight } = listingWith({});
    expect(runRule(weightMissing, noWeight)).toHaveLength(1);
  });

  it('is a warning on Blibli, where the requirement is not documented', () => {
    expect(runRule(weightMissing, listingWith({ weightGrams: 0 }, 'blibli'))[0]?.severity).toBe('warning');
  });

  it('stays quiet when the field was not found or has a weight', () => {
    expect(runRule(weightMissing, minimalListing('Kaos Polos Katun Combed 30s'))).toEqual([]);
    expect(runRule(weightMissing, listingWith({ weightGrams: 200 }))).toEqual([]);
  });
});
