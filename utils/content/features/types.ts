/**
 * A page feature: one small thing Rapi does on some kinds of marketplace page. Each
 * declares the page kinds it serves, what it reads from the page and which panel
 * sections it fills, and gives the panel only the actions it really serves (no
 * do-nothing stubs: an action no running feature offers is simply not called).
 */
import type { TextField } from '../../marketplaces/editor/types';
import type { PageKind, PageMatch } from '../../marketplaces/types';
import type { Finding, RuleId } from '../../quality';
import type { PanelState, PanelStore } from '../../panel/panel-store';
import type { AuditActions } from '../../panel/section-states';
import type { TagSuggestion } from '../../tags';
import type { ListingSession } from './listing-session';

/** Everything the panel can ask of the page features. */
export interface PageActions extends AuditActions {
  teach(field: TextField): void;
  cancelTeach(): void;
  focusField(field: TextField): void;
  applyFix(finding: Finding): void;
  showFinding(finding: Finding): void;
  undo(): void;
  dismissNotice(): void;
  disableRule(rule: RuleId): void;
  enableAllRules(): void;
  insertTag(tag: TagSuggestion): void;
}

/** What the page offers a feature to read. `listing`: the add/edit form's fields, read by the editor adapter. */
export type PageSource = 'listing' | 'rule-settings' | 'product-cards' | 'shop-name';

export interface FeatureContext {
  doc: Document;
  match: PageMatch;
  store: PanelStore;
  /** The add/edit form's reader and writer; present when the feature reads `listing`. */
  listing?: ListingSession;
}

export interface RunningFeature {
  actions: Partial<PageActions>;
  dispose(): void;
}

export interface PageFeature {
  id: string;
  kinds: readonly PageKind[];
  reads: readonly PageSource[];
  /** The panel sections it fills (and clears when it stops). */
  shows: readonly (keyof PanelState)[];
  start(context: FeatureContext): RunningFeature | Promise<RunningFeature>;
}
