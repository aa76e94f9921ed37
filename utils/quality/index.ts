/**
 * The listing-quality engine: plain functions of data, no browser, no DOM.
 * `checkListing` judges only what the page gave: a field the adapter did not find
 * is unknown and produces no finding; a field found empty does.
 */
import type { Listing } from '../listing/listing';
import type { MarketplaceId } from '../marketplaces/types';
import { buildContext, unknownFields } from './context';
import { RULES } from './registry';
import { gradeFor, scoreFindings } from './score';
import { MARKETPLACE_REGISTRY, type MarketplaceRegistry } from '../marketplaces/registry';
import { SEVERITIES, type Finding, type QualityReport } from './types';
import { LISTING_FIELDS } from '../listing/listing';

export type {
  Finding,
  Fix,
  FieldValue,
  Grade,
  MarketplaceTier,
  QualityReport,
  Rule,
  RuleContext,
  Severity,
  Span,
  TextField,
} from './types';
export { SEVERITIES } from './types';
export { RULE_IDS, ruleMessageKey, type RuleId } from './rule-ids';
export { RULES, RULE_REGISTRY } from './registry';
export { PROFILES, type MarketplaceProfile } from './profiles';
export { scoreFindings, gradeFor } from './score';
export { applyFix, applyFixToValue, invertFix } from './fix';
export { findImportSignals, findLocalClaims } from './detectors/import-signals';

export interface CheckOptions {
  /** Judge against another marketplace's profile (e.g. before copying the listing there). */
  marketplace?: MarketplaceId;
  /** The marketplaces to judge by; tests pass one with a fixture marketplace. */
  registry?: MarketplaceRegistry<string>;
}

const bySeverityThenField = (a: Finding, b: Finding) =>
  SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
  LISTING_FIELDS.indexOf(a.field) - LISTING_FIELDS.indexOf(b.field) ||
  (a.span?.start ?? -1) - (b.span?.start ?? -1);

export function checkListing(listing: Listing, options: CheckOptions = {}): QualityReport {
  const registry = options.registry ?? (MARKETPLACE_REGISTRY as MarketplaceRegistry<string>);
  const ctx = buildContext<string>(listing, options.marketplace ?? listing.marketplace, registry);
  const findings = RULES.flatMap((rule) => rule.check(ctx)).sort(bySeverityThenField);
  const score = scoreFindings(findings, ctx.profile.ruleWeights);
  return {
    marketplace: ctx.marketplace,
    score,
    grade: gradeFor(score),
    tier: registry.get(ctx.marketplace).tier(ctx, findings),
    findings,
    unknown: unknownFields(ctx),
  };
}
