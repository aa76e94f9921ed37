/**
 * One listing offering several unrelated products ("Sabun + Panci + Kaos"): every
 * marketplace expects one product per listing with its variants inside it
 * (marketplaces.md, "Summary" 3), and Shopee blocks names whose keywords do not match
 * the product or sits them in the wrong category (§3.1, keyword spam and wrong category),
 * so the listing is deboosted and buyers searching for each product miss it.
 * A warning. Not fired for one kind of product in several pieces ("Kaos + Celana" is a
 * set), for a product with its accessories or freebies ("Laptop + Tas", "bonus pouch"),
 * or for gift packages (hampers, parcel, seserahan). Nouns by kind in `../product-kinds.ts`.
 */
import type { Rule } from '../types';
import { makeFinding } from '../finding';
import { BUNDLE_WORDS, PRODUCT_KINDS } from '../product-kinds';

const KIND_OF = new Map(Object.entries(PRODUCT_KINDS).flatMap(([kind, nouns]) => nouns.map((noun) => [noun, kind] as const)));
// "+", "&", "dan", ",", "|" and " - " join the parts of a title; "/" joins synonyms ("Flash Disk / Flash Drive").
const JOINER = /\s\+\s?|\+\s|\s&\s|\sdan\s|,\s|\s\|\s?|\s[-–]\s/i;
// Quantities and packaging that come before the noun: "(12pcs)", "1", "isi 6", "paket".
const LEAD = /^(?:[\s([]*(?:\d+\s?(?:pcs|pc|bh|buah|biji|set|pack|lusin)?|isi|paket|set|satu|dua|tiga)[\s)\].]*)+/i;
const MIN_KINDS = 2;
const MAX_PARTS = 12;

/** The kind named by the first word of each part of the title, when it is a known noun. */
function partKinds(title: string): { kind: string; noun: string }[] {
  return title
    .split(JOINER)
    .slice(0, MAX_PARTS)
    .flatMap((part) => {
      const noun =
        part
          .replace(LEAD, '')
          .trim()
          // Stryker disable next-line Regex: after trim a part starts with its first word, split once or many times
          .split(/[^\p{L}]+/u)[0]
          ?.toLowerCase() ?? '';
      const kind = KIND_OF.get(noun);
      return kind ? [{ kind, noun }] : [];
    });
}

export const multipleProducts: Rule<'multiple-products'> = {
  id: 'multiple-products',
  messageKeys: ['rule_multiple_products'],
  check({ listing }) {
    const title = listing.title.slice(0, 500);
    if (BUNDLE_WORDS.test(title)) return [];
    const parts = partKinds(title);
    // The title must open with a known product: otherwise the parts may be its accessories ("WD Passport + Pouch + Pen").
    const first = partKinds(title.split(JOINER)[0] ?? '')[0];
    if (!first) return [];
    const kinds = new Map<string, string>();
    for (const { kind, noun } of parts) if (!kinds.has(kind)) kinds.set(kind, noun);
    // Electronics with a bag or case are a product with its accessory, not two products.
    if (kinds.size === MIN_KINDS && kinds.has('electronics') && kinds.has('fashion') && ['tas', 'dompet'].includes(kinds.get('fashion')!))
      return [];
    if (kinds.size < MIN_KINDS) return [];
    return [makeFinding('multiple-products', 'warning', 'title', [[...kinds.values()].join(', ')])];
  },
};
