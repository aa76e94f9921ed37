/**
 * The one score a listing gets, wherever it is shown: the panel beside the seller's edit form and
 * the mentor's audit report (each product card) both call `scoreListing`, so one listing has one
 * number for one set of facts. It used to be two: the panel showed the quality engine's
 * deduction score over the whole form, the report the same formula over a card, where everything
 * a card does not show (description, photos, weight) was silently counted as perfect, so almost
 * every card scored 100 and a one-word title got an A.
 *
 * The score is built from evidence, in parts that add up to 100:
 * - the title (50): how much it tells a buyer who searches: distinct words, length, a size,
 *   capacity or model number. One word tells almost nothing, whatever the rules say;
 * - each other part of the listing (price, description, photos, details) counts fully when the
 *   page showed it and its problems come from the findings, but only `UNKNOWN_CREDIT` of its
 *   weight when the page did not show it: unknown is not perfect;
 * then every finding deducts by severity (never by rule id, so recalibrated or new rules just
 * work), a repeat of the same rule a quarter more, and any error caps the score at grade C:
 * the marketplace may block or deboost that listing, however good the rest is.
 * Adding a finding never raises the score (the deductions only grow).
 */
import type { ListingField } from '../listing/listing';
import { gradeFor, PROFILES, type Grade, type QualityReport, type RuleId, type Severity } from '../quality/index';

/**
 * Which scoring model made a saved audit's scores. Raise it when the model changes, so an older
 * audit is rescored before it is compared with a newer one (rescore.ts) instead of reading the
 * model's change as the shop's.
 */
export const SCORING_VERSION = 2;

/** Points per part of the listing; they add up to 100. */
export const SCORE_PARTS = {
  title: { points: 50, fields: ['title'] },
  price: { points: 5, fields: ['priceIdr'] },
  description: { points: 20, fields: ['description'] },
  photos: { points: 15, fields: ['imageCount'] },
  details: { points: 10, fields: ['weightGrams', 'stock', 'hasVideo'] },
} as const satisfies Record<string, { points: number; fields: readonly ListingField[] }>;

/** A part the page did not show earns this share: a neutral guess, neither blame nor praise. */
export const UNKNOWN_CREDIT = 0.7;
// A warning moves a card a grade (it demonstrably hurts), a tip a few points; calibrated on the
// real saved search pages so a page's scores spread instead of all landing on A (real-pages.test.ts).
const DEDUCTION: Record<Severity, number> = { error: 25, warning: 15, tip: 5 };
const REPEATS_COUNTED = 5;
/** The top of grade C: a listing with an error-level finding is at best C. */
export const ERROR_CAP = 69;

export interface ScoreInput {
  title: string;
  /** Severity and rule of each finding; repeats of a rule (several spans) count a quarter each. */
  findings: readonly { ruleId: RuleId; severity: Severity }[];
  /** Whether the page showed this field (the title always counts as shown). */
  known: (field: ListingField) => boolean;
  /** The marketplace's per-rule weights (profile.ruleWeights); 1 when absent. */
  weights?: Partial<Record<RuleId, number>>;
}

export interface ListingScore {
  score: number;
  grade: Grade;
}

const DIGIT = /\p{N}/u;

/**
 * 0–1: how much the title tells a searching buyer. Eight distinct words and sixty characters
 * (brand, product type, model, two or three attributes) make a full title part; a size, capacity
 * or model number makes up for a few words. Repeating a word adds nothing.
 */
export function titleSubstance(title: string): number {
  const tokens = title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length >= 2 || DIGIT.test(token));
  const distinct = new Set(tokens).size;
  const words = Math.min(1, Math.max(0, (distinct - 1) / 7));
  const length = Math.min(1, Math.max(0, (title.trim().length - 10) / 50));
  const detail = tokens.some((token) => DIGIT.test(token)) ? 0.15 : 0;
  return Math.min(1, 0.6 * words + 0.4 * length + detail);
}

function weightOf(weights: ScoreInput['weights'], ruleId: RuleId): number {
  const weight = weights?.[ruleId];
  return weight === undefined || !Number.isFinite(weight) || weight < 0 ? 1 : Math.min(weight, 5);
}

export function scoreListing(input: ScoreInput): ListingScore {
  let earned = 0;
  for (const [name, part] of Object.entries(SCORE_PARTS)) {
    if (name === 'title') {
      earned += part.points * titleSubstance(input.title);
      continue;
    }
    const shown = part.fields.filter((field) => input.known(field)).length / part.fields.length;
    earned += part.points * (shown + (1 - shown) * UNKNOWN_CREDIT);
  }
  const repeats = new Map<string, { severity: Severity; ruleId: RuleId; count: number }>();
  for (const { ruleId, severity } of input.findings) {
    const key = `${ruleId} ${severity}`;
    const group = repeats.get(key);
    if (group) group.count++;
    else repeats.set(key, { ruleId, severity, count: 1 });
  }
  let deduction = 0;
  for (const { ruleId, severity, count } of repeats.values()) {
    deduction += DEDUCTION[severity] * weightOf(input.weights, ruleId) * (1 + (Math.min(count, REPEATS_COUNTED) - 1) / 4);
  }
  let score = Math.max(0, Math.min(100, Math.round(earned - deduction)));
  if (input.findings.some((finding) => finding.severity === 'error')) score = Math.min(score, ERROR_CAP);
  return { score, grade: gradeFor(score) };
}

/**
 * The score of a quality report, as the panel shows it for the form and the audit for a card:
 * the fields the report lists as unknown are the ones the page did not show.
 */
export function scoreReport(report: Pick<QualityReport, 'marketplace' | 'findings' | 'unknown'>, title: string): ListingScore {
  const unknown = new Set<ListingField>(report.unknown);
  return scoreListing({
    title,
    findings: report.findings,
    known: (field) => field === 'title' || !unknown.has(field),
    weights: PROFILES[report.marketplace]?.ruleWeights,
  });
}
