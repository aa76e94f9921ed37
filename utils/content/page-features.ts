/**
 * What Rapi does on each kind of page, started when the page is detected and
 * disposed when the user navigates away. Add/edit product pages get the listing
 * reader, the quality checklist and Rapi's edits; other kinds only the panel for now.
 */
import type { Notice, PanelStore } from '../panel/panel-store';
import { editorAdapterFor } from '../marketplaces/editors';
import type { TextField } from '../marketplaces/editor/types';
import type { PageMatch } from '../marketplaces/types';
import { checkListing, type Finding, type RuleId } from '../quality';
import { withoutRules } from '../quality/without-rules';
import { disabledRules, enableAllRules, setRuleEnabled, watchRuleSettings } from '../settings/rule-settings';
import { hashtagRoom, importSignals, suggestTags, type TagSuggestion } from '../tags';
import { appendTag } from '../tags/append-tag';
import { coveredByTitle } from '../tags/in-title';
import { readFieldText } from '../dom/field-kind';
import { applyFixOnPage, replaceFieldText, undoEdit, type AppliedEdit } from './field-writer';
import { startListingController } from './listing-controller';
import { startAuditFeatures } from './audit-features';
import type { AuditActions } from '../panel/section-states';

export interface PageFeatures extends AuditActions {
  teach(field: TextField): void;
  cancelTeach(): void;
  focusField(field: TextField): void;
  applyFix(finding: Finding): void;
  showFinding(finding: Finding): void;
  undo(): void;
  dismissNotice(): void;
  disableRule(rule: RuleId): void;
  insertTag(tag: TagSuggestion): void;
  enableAllRules(): void;
  dispose(): void;
}

const TEXT_FIELDS = new Set(['title', 'description', 'priceIdr', 'stock', 'weightGrams']);
const isTextField = (field: string): field is TextField => TEXT_FIELDS.has(field);

export async function startPageFeatures(doc: Document, match: PageMatch, store: PanelStore): Promise<PageFeatures | undefined> {
  if (match.kind !== 'listing-editor') {
    store.set({ listing: undefined, quality: undefined, tags: undefined, notice: undefined });
    // Shop, search and product-list pages: the mentor's audit; a product page's audit section says
    // there is no product list there. The listing actions do nothing here.
    const audit = startAuditFeatures(doc, match, store);
    const none = () => {};
    return { ...audit, teach: none, cancelTeach: none, focusField: none, applyFix: none, showFinding: none, undo: none, dismissNotice: none, disableRule: none, enableAllRules: none, insertTag: none };
  }
  const adapter = editorAdapterFor(match.marketplace);
  if (!adapter) return undefined;
  let disabled = await disabledRules(match.marketplace);
  let lastEdit: AppliedEdit | undefined;

  const judge = () => {
    const listing = store.get().listing?.read.listing;
    if (!listing) return;
    const report = withoutRules(checkListing(listing), disabled);
    store.set({
      quality: { report, disabledCount: disabled.length },
      tags: {
        suggestions: suggestTags(listing).map((tag) => ({ ...tag, inTitle: !tag.insert.startsWith('#') && coveredByTitle(listing.title, tag.insert) })),
        importSignals: importSignals(listing),
        hashtags: hashtagRoom(listing),
      },
    });
  };

  const controller = await startListingController(doc, adapter, {
    onRead: (read) => {
      store.set({ listing: { read: { listing: read.listing, sources: read.sources }, teaching: store.get().listing?.teaching ?? null } });
      judge();
    },
    onTeaching: (field) => {
      const listing = store.get().listing;
      if (listing) store.set({ listing: { ...listing, teaching: field } });
    },
  });
  const unwatch = watchRuleSettings((settings) => {
    disabled = settings.disabled[match.marketplace] ?? [];
    judge();
  });

  const show = (notice: Notice, edit?: AppliedEdit) => {
    lastEdit = edit;
    store.set({ notice });
    controller.readNow();
  };

  const none = () => {};
  return {
    runAudit: none,
    loadAll: none,
    cancelLoad: none,
    openReport: none,
    teach: controller.teach,
    cancelTeach: controller.cancelTeach,
    focusField: controller.focusField,
    showFinding: (finding) => isTextField(finding.field) && controller.focusField(finding.field, finding.span),
    applyFix: (finding) => {
      if (!finding.fix || !isTextField(finding.fix.field)) return;
      const field = finding.fix.field;
      void applyFixOnPage(controller.element(field), finding.fix).then(({ notice, edit }) => show(notice, edit));
    },
    undo: () => {
      const edit = lastEdit;
      if (edit) void undoEdit(controller.element(edit.field), edit).then((notice) => show(notice));
    },
    dismissNotice: () => store.set({ notice: undefined }),
    disableRule: (rule) => void setRuleEnabled(match.marketplace, rule, false),
    insertTag: (tag) => {
      const field: TextField = tag.insert.startsWith('#') ? 'description' : 'title';
      const el = controller.element(field);
      const next = appendTag(el ? readFieldText(el) : '', tag.insert, field);
      void replaceFieldText(el, field, next).then(({ notice, edit }) => show(notice, edit));
    },
    enableAllRules: () => void enableAllRules(match.marketplace),
    dispose: () => {
      unwatch();
      controller.dispose();
      store.set({ listing: undefined, quality: undefined, tags: undefined, notice: undefined });
    },
  };
}
