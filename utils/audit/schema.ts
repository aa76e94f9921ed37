/**
 * The shape of a saved audit. An audit outlives the code that wrote it (the mentor compares it
 * with next month's, exports it, imports a colleague's file), so it is plain JSON with a version
 * and is parsed with this schema, never trusted, whenever it comes back in.
 */
import { z } from 'zod';
import { omit } from 'zod/mini';
import { ProductCardSchema } from '../listing/product-card';
import { MarketplaceIdSchema } from '../marketplaces/types';
import { RULE_IDS } from '../quality/rule-ids';
import { SEVERITIES } from '../quality/types';
import { AUDIT_ISSUE_IDS } from './issues';

/** Bounds that no real shop page reaches; a file past them is damaged or hostile. */
export const AUDIT_LIMITS = { products: 10_000, actions: 1_000, text: 10_000, notes: 200_000, tags: 100 } as const;

const text = z.string().max(AUDIT_LIMITS.text);
const count = z.number().int().nonnegative();
const score = z.number().int().min(0).max(100);
const share = z.number().min(0).max(1);
export const GradeSchema = z.enum(['A', 'B', 'C', 'D', 'E']);
export const AuditIssueIdSchema = z.enum(AUDIT_ISSUE_IDS);

export const CardResultSchema = z.object({
  /** What makes two cards the same product: the URL without its fragment, or the title when there is no link. */
  key: text.min(1),
  /**
   * Without its image: the report never shows one, and a page's `data:` images (90 KB each)
   * made one audit of 400 cards a 36 MB row. Unknown keys are dropped when parsed, so an
   * image sent anyway is never stored.
   */
  card: omit(ProductCardSchema, { image: true }),
  score,
  grade: GradeSchema,
  /** One per rule, its most severe finding: enough to count and list, small enough to store by the hundred. */
  findings: z.array(z.object({ ruleId: z.enum(RULE_IDS), severity: z.enum(SEVERITIES) })).max(RULE_IDS.length),
  /** Origin, GI and Indonesian-technique tags the title already earns ("Batik Pekalongan", "Batik Tulis"). */
  localTags: z.array(text).max(AUDIT_LIMITS.tags),
  /** Names an Indonesian product type but no origin or technique that would let buyers find it as local. */
  missingLocal: z.boolean(),
  /** Words that make it an import ("Import Korea"): it never counts as local. */
  importSignals: z.boolean(),
});
export type CardResult = z.infer<typeof CardResultSchema>;

export const ActionItemSchema = z.object({
  id: text.min(1),
  text,
  done: z.boolean(),
  /** The issue the action fixes: a quality rule id or one of the audit's own issues. */
  ruleId: AuditIssueIdSchema.optional(),
  productKey: text.optional(),
});
export type ActionItem = z.infer<typeof ActionItemSchema>;

export const ScoreBucketSchema = z.object({ min: score, max: score, count });

export const AuditSummarySchema = z.object({
  /** Products after deduplication. */
  count,
  /** Cards on the page, counting a product shown twice (an ad slot repeating it) twice. */
  cardsOnPage: count,
  /** Null when there are no products: an average of nothing is not zero. */
  meanScore: z.number().min(0).max(100).nullable(),
  medianScore: z.number().min(0).max(100).nullable(),
  distribution: z.array(ScoreBucketSchema).length(5),
  grades: z.object({ A: count, B: count, C: count, D: count, E: count }),
  /** Every issue that affects at least one product, most products first. */
  topIssues: z.array(z.object({ issue: AuditIssueIdSchema, products: count })).max(AUDIT_ISSUE_IDS.length),
  /** 0–1 of the products; 0 when there are none. */
  localTagShare: share,
  importSignalShare: share,
  /** Keys of the five best and five worst products. */
  best: z.array(text).max(5),
  worst: z.array(text).max(5),
  /** Products shown as an ad at least once. */
  adCount: count,
});
export type AuditSummary = z.infer<typeof AuditSummarySchema>;

export const AuditSchema = z
  .object({
    version: z.literal(1),
    marketplace: MarketplaceIdSchema,
    shopName: text.optional(),
    /** Where the page gave the name: its shop header, breadcrumb, the seller all cards share, or only its title. */
    shopNameFrom: z.enum(['header', 'breadcrumb', 'cards', 'title']).optional(),
    /** The scoring model the scores were made with (listing-score.ts SCORING_VERSION); absent: the first one. */
    scoring: z.number().int().positive().optional(),
    url: z.string().max(4096),
    /** ISO 8601, so the audit survives JSON and Dexie unchanged. */
    at: z.iso.datetime(),
    products: z.array(CardResultSchema).max(AUDIT_LIMITS.products),
    /** Products past AUDIT_LIMITS.products on the page, left out of the audit (the panel says so). */
    productsLeftOut: count.optional(),
    summary: AuditSummarySchema,
    notes: z.string().max(AUDIT_LIMITS.notes),
    actions: z.array(ActionItemSchema).max(AUDIT_LIMITS.actions),
  })
  .superRefine((audit, ctx) => {
    // The comparison matches products by key: two products with one key would make it guess.
    const keys = new Set(audit.products.map((p) => p.key));
    if (keys.size !== audit.products.length) ctx.addIssue({ code: 'custom', path: ['products'], message: 'product keys must be unique' });
    if (audit.summary.count !== audit.products.length)
      ctx.addIssue({ code: 'custom', path: ['summary', 'count'], message: 'count must equal the number of products' });
    for (const list of ['best', 'worst'] as const) {
      if (audit.summary[list].some((key) => !keys.has(key)))
        ctx.addIssue({ code: 'custom', path: ['summary', list], message: 'names a product the audit does not have' });
    }
  });
export type Audit = z.infer<typeof AuditSchema>;
