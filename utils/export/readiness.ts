/**
 * `checkExportReadiness`: what a destination asks of this product that the listing does not yet
 * show. Pure. Like `checkListing`, it judges only what it was given: when the description was not
 * read, a requirement missing from the title may still be met there, so the finding is marked
 * `unverified` and never said as an `error` (a false error costs more trust than a missed tip).
 */
import type { Listing } from '../listing/listing';
import { LISTING_FIELDS } from '../listing/listing';
import { SEVERITIES, type Severity } from '../quality/types';
import { claimsHalal } from './evidence';
import { detectKinds } from './kinds';
import { MARKETS } from './markets';
import { EXPORT_RULES } from './rules';
import type { ExportFinding, ExportMarket, ExportReport, ExportRuleId, MarketRule, ProductKind } from './types';

/** The text fields an export check reads; everything else about a listing is the marketplace's business. */
export type ExportListing = Pick<Listing, 'title' | 'description' | 'category' | 'found'>;

/** A description longer than this is cut: real ones are a few KB, and the finders stay fast on hostile input. */
const MAX_TEXT = 20_000;

const applies = (entry: MarketRule, kinds: readonly ProductKind[]) => !entry.kinds || entry.kinds.some((kind) => kinds.includes(kind));

/** The first entry per rule whose kinds match (data files list kind-specific entries first). */
function entriesFor(market: ExportMarket, kinds: readonly ProductKind[]): MarketRule[] {
  const seen = new Set<ExportRuleId>();
  const out: MarketRule[] = [];
  for (const entry of MARKETS[market].rules) {
    if (seen.has(entry.rule) || !applies(entry, kinds)) continue;
    seen.add(entry.rule);
    out.push(entry);
  }
  return out;
}

const atMostWarning = (severity: Severity): Severity => (severity === 'error' ? 'warning' : severity);

export function checkExportReadiness(listing: ExportListing, market: ExportMarket): ExportReport {
  const title = (typeof listing.title === 'string' ? listing.title : '').slice(0, MAX_TEXT);
  const descriptionKnown = typeof listing.description === 'string' || (listing.found ?? []).includes('description');
  const description = typeof listing.description === 'string' ? listing.description.slice(0, MAX_TEXT) : '';
  const category = typeof listing.category === 'string' ? listing.category : undefined;
  const kinds = detectKinds({ title, description, category });
  const texts = `${title}\n${description}`;
  const findings: ExportFinding[] = [];
  for (const entry of MARKETS[market] ? entriesFor(market, kinds) : []) {
    const rule = EXPORT_RULES[entry.rule];
    if (rule.satisfied(texts)) continue;
    const claimed = entry.claimedSeverity !== undefined && claimsHalal(texts);
    const severity = claimed ? entry.claimedSeverity! : entry.severity;
    const finding: ExportFinding = {
      ruleId: entry.rule,
      severity: descriptionKnown ? severity : atMostWarning(severity),
      field: rule.field,
      messageKey: claimed ? 'export_rule_halal_missing_claimed' : rule.messageKey,
      params: [],
      whyKey: entry.whyKey,
    };
    if (!descriptionKnown) finding.unverified = true;
    findings.push(finding);
  }
  findings.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || LISTING_FIELDS.indexOf(a.field) - LISTING_FIELDS.indexOf(b.field),
  );
  return { market, kinds, findings };
}
