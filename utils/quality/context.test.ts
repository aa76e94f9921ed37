import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ListingSchema, type Listing } from '../listing/listing';
import { MARKETPLACE_IDS } from '../marketplaces/types';
import { buildContext, cleanListing } from './context';

// The engine's one validation is ListingSchema's, applied field by field at the boundary.
const junk = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 20 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(Number.NaN, Infinity, -1, 2.5),
);
const anyInput = fc.record(
  {
    marketplace: fc.constantFrom(...MARKETPLACE_IDS),
    title: junk,
    description: junk,
    priceIdr: junk,
    stock: junk,
    weightGrams: junk,
    imageCount: junk,
    hasVideo: junk,
    category: junk,
    condition: fc.oneof(junk, fc.constantFrom('new', 'used')),
    variantCount: junk,
    hashtags: fc.array(junk, { maxLength: 5 }),
    origin: junk,
    shopName: junk,
  },
  { requiredKeys: ['marketplace'] },
) as unknown as fc.Arbitrary<Listing>;

describe('cleanListing', () => {
  it('always gives what ListingSchema accepts, whatever it is handed, and never throws', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(ListingSchema.safeParse(cleanListing(input).listing).error).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a valid listing as it is', () => {
    const listing: Listing = {
      marketplace: 'tokopedia',
      title: 'Kopi Gayo 250 g',
      description: 'Biji kopi',
      priceIdr: 85000,
      stock: 12,
      weightGrams: 250,
      hasVideo: false,
      condition: 'new',
      hashtags: ['#kopi'],
    };
    expect(cleanListing(listing)).toEqual({ listing, unreadable: new Set() });
  });

  it('marks exactly the fields the schema rejects as unreadable', () => {
    const input = {
      marketplace: 'shopee',
      title: 'Kaos',
      stock: 2.5,
      priceIdr: -1,
      weightGrams: 300,
      description: 42,
    } as unknown as Listing;
    const { listing, unreadable } = cleanListing(input);
    expect([...unreadable].sort()).toEqual(['description', 'priceIdr', 'stock']);
    expect(listing).toEqual({ marketplace: 'shopee', title: 'Kaos', weightGrams: 300 });
  });
});

describe('cleanListing, what it leaves out', () => {
  it('adds no key for a field it did not get or could not read', () => {
    const input = { marketplace: 'shopee', title: 'Kaos', priceIdr: Number.NaN, hasVideo: 'ya' } as unknown as Listing;
    expect(Object.keys(cleanListing(input).listing)).toEqual(['marketplace', 'title']);
  });

  it('reads an unreadable title as empty, and cuts an overlong shop name instead of losing it', () => {
    const input = { marketplace: 'shopee', title: 42, shopName: 'Toko '.repeat(60) } as unknown as Listing;
    const { listing } = cleanListing(input);
    expect(listing.title).toBe('');
    expect(listing.shopName).toHaveLength(200);
  });
});

describe('buildContext', () => {
  it('knows the title always, a field with a value, and a field the page showed empty; nothing else', () => {
    const ctx = buildContext({ marketplace: 'shopee', title: '', stock: 3, found: ['title', 'stock', 'weightGrams'] }, 'shopee');
    expect((['title', 'stock', 'weightGrams', 'priceIdr', 'description'] as const).map((field) => ctx.known(field))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('gives the rules the description only when it is known, empty if the page showed it empty', () => {
    const without = buildContext({ marketplace: 'shopee', title: 'Kaos Polos' }, 'shopee');
    expect(without.texts).toEqual([{ field: 'title', text: 'Kaos Polos' }]);
    expect(without.allTextKnown).toBe(false);
    const empty = buildContext({ marketplace: 'shopee', title: 'Kaos Polos', found: ['title', 'description'] }, 'shopee');
    expect(empty.texts).toEqual([
      { field: 'title', text: 'Kaos Polos' },
      { field: 'description', text: '' },
    ]);
    expect(empty.allTextKnown).toBe(true);
  });
});
