/**
 * The engine's vocabulary. A finding names a rule, a field, a locale key with its
 * substitutions and, when the problem sits in text, the span that caused it, so the
 * panel can highlight it. A fix is a description of an edit, never the edit itself:
 * the UI applies it through the insertion module and can undo it (see `fix.ts`).
 */
import type { Listing, ListingField } from '../listing/listing';
import type { MarketplaceId } from '../marketplaces/types';
import type { MessageKey } from '../i18n/translate';
import type { RuleId } from './rule-ids';
import type { MarketplaceProfile } from '../marketplaces/profile-types';
import type { Severity } from './severity';

export { SEVERITIES, type Severity } from './severity';

export interface Span {
  start: number;
  end: number;
}

export type TextField = 'title' | 'description';
export type FieldValue = string | number | boolean | readonly string[] | undefined;

/**
 * `original` and `previous` let the UI refuse a stale fix (the seller typed since the
 * check) and undo an applied one without keeping its own copy of the field.
 */
export type Fix =
  | {
      kind: 'replace-span';
      field: TextField;
      start: number;
      end: number;
      replacement: string;
      original: string;
      labelKey: MessageKey;
    }
  | { kind: 'set-field'; field: ListingField; value: FieldValue; previous: FieldValue; labelKey: MessageKey };

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  field: ListingField;
  messageKey: MessageKey;
  /** Substitutions for $1…$9 of the message, already formatted (numbers in Indonesian style). */
  params: string[];
  span?: Span;
  fix?: Fix;
}

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

/**
 * The marketplace's own quality measure, estimated offline from the criteria it
 * publishes. `unknown` lists the fields the estimate could not judge because the
 * page did not give them; attributes, category and image content are never known.
 */
export type MarketplaceTier =
  | {
      kind: 'shopee-quality-level';
      level: 'TO_BE_IMPROVED' | 'QUALIFIED' | 'EXCELLENT';
      issues: string[];
      unknown: ListingField[];
    }
  | { kind: 'lazada-content-score'; score: number; total: number; unknown: ListingField[] }
  | { kind: 'tiktok-diagnosis'; codes: string[]; unknown: ListingField[] }
  | { kind: 'tokopedia-product-score'; score: number; unknown: ListingField[] };

export interface QualityReport {
  marketplace: MarketplaceId;
  /** 0–100, integer. */
  score: number;
  grade: Grade;
  tier: MarketplaceTier | null;
  findings: Finding[];
  /** Fields the page did not give, so no rule judged them. */
  unknown: ListingField[];
}

export interface TextOf {
  field: TextField;
  text: string;
}

export interface RuleContext {
  /** The listing with unusable values (NaN, negative, wrong type) removed. */
  listing: Listing;
  marketplace: MarketplaceId;
  profile: MarketplaceProfile;
  /** The page gave this field: it has a value, or the adapter found it empty. */
  known(field: ListingField): boolean;
  /** Title, and description when known, for text rules. */
  texts: readonly TextOf[];
  /** Title and description are both known, so "X is not written anywhere" can be said. */
  allTextKnown: boolean;
}

export interface Rule<Id extends RuleId = RuleId> {
  id: Id;
  /** Every locale key the rule's findings can carry; a meta-test checks both locales. */
  messageKeys: readonly MessageKey[];
  check(ctx: RuleContext): Finding[];
}
