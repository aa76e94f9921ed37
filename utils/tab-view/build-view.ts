/**
 * The side panel's view of one tab, computed from what the page agent read: the same
 * checks the floating panel's features run in the page today (utils/content/features
 * quality.ts and tags.ts), here in the background. Pure: no browser access.
 */
import { checkListing } from '../quality';
import { withoutRules } from '../quality/without-rules';
import type { RuleId } from '../quality/rule-ids';
import type { Listing } from '../listing/listing';
import { hashtagRoom, importSignals, suggestTags } from '../tags';
import { coveredByTitle } from '../tags/in-title';
import type { AuditPanelState, TagsPanelState } from '../panel/section-states';
import type { Notice, QualityPanelState } from '../panel/panel-store';
import type { Marker, PageState, TabView } from '../messaging/tab-protocol';
import { isActivePage } from './activity';
import { markersFor } from './markers';

/** What the hub keeps for a tab beside the page's own state: the seller's last notice, the audit, a marker's ask. */
export interface TabExtras {
  notice?: Notice;
  audit?: AuditPanelState;
  focusField?: TabView['focusField'];
}

/** The quality checklist with the rules the seller switched off left out (as features/quality.ts). */
export function qualityFor(listing: Listing, disabled: readonly RuleId[]): QualityPanelState {
  return { report: withoutRules(checkListing(listing), [...disabled]), disabledCount: disabled.length };
}

/** Local-product tags the listing earned (as features/tags.ts): a title keyword already in the title is shown as earned. */
export function tagsFor(listing: Listing): TagsPanelState {
  return {
    suggestions: suggestTags(listing).map((tag) => ({
      ...tag,
      inTitle: !tag.insert.startsWith('#') && coveredByTitle(listing.title, tag.insert),
    })),
    importSignals: importSignals(listing),
    hashtags: hashtagRoom(listing),
  };
}

/** The audit section's state on a list page: the hub's own (running, done, failed), or "loading" while the agent loads cards. */
export function auditFor(state: PageState, kept: AuditPanelState | undefined): AuditPanelState | undefined {
  const kind = state.match?.kind;
  if (kind !== 'shop' && kind !== 'search' && kind !== 'product-list') return undefined;
  if (state.loading !== undefined) return { phase: 'loading', loaded: state.loading };
  if (!kept || kept.phase === 'loading') return { phase: 'idle' };
  return kept;
}

/** The quality check of an add/edit form and its markers: what the page needs first. */
export interface EditorChecks {
  quality: QualityPanelState;
  markers: Marker[];
}

/** The form's checks, or undefined on any other page (or before the form was read). */
export function editorChecks(state: PageState, disabled: readonly RuleId[]): EditorChecks | undefined {
  if (!isActivePage(state.match) || state.match.kind !== 'listing-editor' || !state.listing) return undefined;
  const quality = qualityFor(state.listing.listing, disabled);
  return { quality, markers: markersFor(quality.report, state.fields) };
}

/**
 * The tab's whole view. `checks`, when the caller already ran `editorChecks` on the same state
 * and rules (the hub does, to send the markers before the tags are worked out), is used as is.
 */
export function buildTabView(
  tabId: number,
  state: PageState,
  disabled: readonly RuleId[],
  extras: TabExtras = {},
  checks: EditorChecks | undefined = editorChecks(state, disabled),
): TabView {
  const view: TabView = { tabId, match: state.match };
  if (!isActivePage(state.match)) return view;
  const listing = state.listing && state.match.kind === 'listing-editor' ? state.listing : undefined;
  if (listing && checks) {
    view.listing = { read: { listing: listing.listing, sources: listing.sources }, teaching: listing.teaching };
    view.quality = checks.quality;
    view.tags = tagsFor(listing.listing);
    view.markers = checks.markers;
    if (extras.notice) view.notice = extras.notice;
  }
  const audit = auditFor(state, extras.audit);
  if (audit) view.audit = audit;
  if (extras.focusField) view.focusField = extras.focusField;
  return view;
}
