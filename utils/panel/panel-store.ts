/**
 * The shapes of the side panel's sections (listing, quality, notice) as the tab hub builds
 * them (utils/tab-view), and how findings are grouped for the quality section. Once the
 * floating panel's store; the store itself went with the floating panel (issue 15).
 */
import type { Listing, ListingField } from '../listing/listing';
import type { FieldSource, TextField } from '../marketplaces/editor/types';
import type { Finding, QualityReport, RuleId, Severity } from '../quality';

/** What the listing-editor section shows: the listing read from the page, and teach mode. */
export interface ListingPanelState {
  read: { listing: Listing; sources: Partial<Record<ListingField, FieldSource>> };
  teaching: TextField | null;
}

export interface QualityPanelState {
  /** The report with the rules the seller switched off left out. */
  report: QualityReport;
  disabledCount: number;
}

/** The listing text a finding's span points into. */
export type ListingText = Pick<Listing, 'title' | 'description'>;

/** The findings of one rule: shown once, at its most severe, with the words they were found in. */
export interface FindingGroup {
  ruleId: RuleId;
  severity: Severity;
  findings: Finding[];
  /** Distinct text of the findings' spans, in order, at most `MAX_EXAMPLES`. */
  examples: string[];
}

const MAX_EXAMPLES = 3;
const MAX_EXAMPLE_LENGTH = 40;

/**
 * One group per rule, in the findings' order (checkListing sorts by severity, so a group sits
 * under its most severe finding): a rule that matched five promo words, some as a warning and
 * some as a tip, is one piece of advice that names the words, not five.
 */
export function groupFindings(findings: readonly Finding[], listing: ListingText): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const key = finding.ruleId;
    let group = groups.get(key);
    if (!group) {
      group = { ruleId: finding.ruleId, severity: finding.severity, findings: [], examples: [] };
      groups.set(key, group);
    }
    group.findings.push(finding);
    const text = finding.field === 'title' ? listing.title : finding.field === 'description' ? listing.description : undefined;
    const example =
      finding.span && text ? text.slice(finding.span.start, finding.span.end).replace(/\s+/g, ' ').trim().slice(0, MAX_EXAMPLE_LENGTH) : '';
    if (example && group.examples.length < MAX_EXAMPLES && !group.examples.includes(example)) group.examples.push(example);
  }
  return [...groups.values()];
}

/** What happened to the last write Rapi made into the page, shown until dismissed. */
export type Notice =
  | { kind: 'applied'; field: TextField; undoable: boolean }
  | { kind: 'too-long'; field: TextField; wanted: number; max: number }
  | { kind: 'stale'; field: TextField }
  | { kind: 'not-accepted'; field: TextField }
  | { kind: 'not-found'; field: TextField }
  | { kind: 'inserted' }
  | { kind: 'insert-too-long'; wanted: number; max: number };
