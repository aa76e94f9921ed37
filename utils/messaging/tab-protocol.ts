/**
 * The side panel's protocol (issue 15): the UI lives in the browser's side panel, the
 * content script on the marketplace page is a thin "page agent", and the background
 * holds the per-tab state and does the computing in between.
 *
 * The flow, one tab at a time:
 *
 *   page agent (content script)          background (tab hub)                 side panel (extension page)
 *   ───────────────────────────          ────────────────────                 ───────────────────────────
 *   reads the form (debounced by the
 *   listing controller) and on every
 *   navigation sends ── page/state ────▶ keeps it per tab, builds the
 *                                         TabView (checkListing minus the
 *                                         seller's switched-off rules, tags,
 *                                         audit, notice) and pushes it ──────▶ port `rapi-sidepanel`: { type: 'view', view }
 *                     ◀── page/markers ── per text field: findings count and       (and answers `view/get` when it opens or
 *   keeps the last set (the marker        worst severity, after each check           follows another tab)
 *   layer draws them)
 *                                                                         ◀── page/command { tabId, command }
 *                     ◀── page/command ── routes the command to the tab           (focus-field, show-finding, apply-fix,
 *   executes it with the field writer                                          insert-tag, undo, dismiss-notice, teach,
 *   / listing controller / load-all,                                           cancel-teach, audit-run, audit-load-all,
 *   answers { notice } ───────────────▶ puts the notice in the view,           audit-cancel-load, palette-open)
 *                                         replies { notice } ────────────────▶
 *                     ◀── page/extract-cards (audit-run): the hub asks for the cards and shop name,
 *   answers ProductCard[] ────────────▶ scores them (auditCards), saves the audit, puts it in the view
 *                     ◀── page/resend ── the hub has nothing for the tab (its MV3 worker restarted): the agent sends page/state again
 *   a marker click ── sidepanel/open ──▶ opens the side panel (Chrome: sidePanel.open first thing, in the
 *   { field? }                            gesture; Firefox: sidebarAction.open, which may refuse outside
 *                                         a user-input handler) and sets the view's focusField
 *
 * Requests to the background (`page/state`, `sidepanel/open`, `view/get`, `page/command`) are
 * members of the router's RequestSchema (protocol.ts) and are parsed there; `SENDER_KINDS` says
 * which may come only from a marketplace tab's content script and which only from Rapi's own
 * pages, and the router refuses the rest. Messages to a tab (`AgentMessageSchema`) are parsed by
 * the page agent, which answers only messages from this extension. Nothing here trusts the page:
 * lengths are bounded and objects strict.
 */
import { z } from 'zod';
import { LISTING_FIELDS, ListingFieldSchema, ListingSchema, ProductCardSchema } from '../listing/listing';
import { PageMatchSchema } from '../marketplaces/types';
import { TEXT_FIELDS } from '../marketplaces/editor/types';
import { RULE_IDS, type RuleId } from '../quality/rule-ids';
import { SEVERITIES } from '../quality/severity';
import type { MessageKey } from '../i18n/translate';
import type { Finding, Fix, QualityReport } from '../quality/types';
import type { ListingPanelState, Notice, QualityPanelState } from '../panel/panel-store';
import type { AuditPanelState, TagsPanelState } from '../panel/section-states';

/** The side panel's port: the hub pushes views on it and learns which side panels are open. */
export const SIDEPANEL_PORT = 'rapi-sidepanel';

export const TextFieldSchema = z.enum(TEXT_FIELDS);
export const SeveritySchema = z.enum(SEVERITIES);
export const RuleIdSchema = z.enum(RULE_IDS as unknown as [RuleId, ...RuleId[]]);
const MessageKeySchema = z
  .string()
  .max(80)
  .regex(/^[a-z0-9_]+$/i)
  .transform((key) => key as MessageKey);
const TEXT_MAX = 2_000_000;
const SpanSchema = z.strictObject({
  start: z.number().int().nonnegative().max(TEXT_MAX),
  end: z.number().int().nonnegative().max(TEXT_MAX),
});
const FieldValueSchema = z.union([
  z.string().max(TEXT_MAX),
  z.number(),
  z.boolean(),
  z.array(z.string().max(200)).max(1000),
  z.undefined(),
]);

export const FixSchema: z.ZodType<Fix> = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('replace-span'),
    field: z.enum(['title', 'description']),
    start: z.number().int().nonnegative().max(TEXT_MAX),
    end: z.number().int().nonnegative().max(TEXT_MAX),
    replacement: z.string().max(TEXT_MAX),
    original: z.string().max(TEXT_MAX),
    labelKey: MessageKeySchema,
  }),
  z.strictObject({
    kind: z.literal('set-field'),
    field: ListingFieldSchema,
    value: FieldValueSchema,
    previous: FieldValueSchema,
    labelKey: MessageKeySchema,
  }),
]) as unknown as z.ZodType<Fix>;

export const FindingSchema: z.ZodType<Finding> = z.strictObject({
  ruleId: RuleIdSchema,
  severity: SeveritySchema,
  field: ListingFieldSchema,
  messageKey: MessageKeySchema,
  params: z.array(z.string().max(2000)).max(9),
  span: SpanSchema.optional(),
  fix: FixSchema.optional(),
}) as unknown as z.ZodType<Finding>;

export const NoticeSchema: z.ZodType<Notice> = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('applied'), field: TextFieldSchema, undoable: z.boolean() }),
  z.strictObject({
    kind: z.literal('too-long'),
    field: TextFieldSchema,
    wanted: z.number().int().nonnegative(),
    max: z.number().int().nonnegative(),
  }),
  z.strictObject({ kind: z.literal('stale'), field: TextFieldSchema }),
  z.strictObject({ kind: z.literal('not-accepted'), field: TextFieldSchema }),
  z.strictObject({ kind: z.literal('not-found'), field: TextFieldSchema }),
  z.strictObject({ kind: z.literal('inserted') }),
  z.strictObject({ kind: z.literal('insert-too-long'), wanted: z.number().int().nonnegative(), max: z.number().int().nonnegative() }),
]);

const FieldSourceSchema = z.enum(['selector', 'taught', 'label', 'variants', 'missing']);

/** What the page agent read from the add/edit form: the same shape the panel's listing section shows. */
export const ListingStateSchema = z.strictObject({
  listing: ListingSchema,
  sources: z.partialRecord(z.enum(LISTING_FIELDS), FieldSourceSchema),
  teaching: TextFieldSchema.nullable(),
});

/** (a) content script → background, on every (debounced) read of the form and on every navigation. */
export const PageStateRequestSchema = z.strictObject({
  type: z.literal('page/state'),
  match: PageMatchSchema.nullable(),
  listing: ListingStateSchema.optional(),
  /** The text fields the agent found on the page (where markers can go). */
  fields: z.array(TextFieldSchema).max(TEXT_FIELDS.length),
  /** While "load all products" scrolls the list: the product cards loaded so far. */
  loading: z.number().int().nonnegative().max(100_000).optional(),
});
export type PageState = z.infer<typeof PageStateRequestSchema>;

/** (c) What the side panel asks of a tab. The hub answers some itself (dismiss-notice, audit-run, palette-open). */
export const PageCommandSchema = z.discriminatedUnion('command', [
  /** Scroll to a field and highlight it; with a span, select that text. */
  z.strictObject({ command: z.literal('focus-field'), field: TextFieldSchema, span: SpanSchema.optional() }),
  /** Show where a finding is (its field and span). */
  z.strictObject({ command: z.literal('show-finding'), finding: FindingSchema }),
  z.strictObject({ command: z.literal('apply-fix'), fix: FixSchema }),
  /** A tag's insert form: "#BatikPekalongan" goes to the description, a plain keyword to the title. */
  z.strictObject({ command: z.literal('insert-tag'), insert: z.string().min(1).max(200) }),
  z.strictObject({ command: z.literal('undo') }),
  z.strictObject({ command: z.literal('dismiss-notice') }),
  z.strictObject({ command: z.literal('teach'), field: TextFieldSchema }),
  z.strictObject({ command: z.literal('cancel-teach') }),
  z.strictObject({ command: z.literal('audit-run') }),
  z.strictObject({ command: z.literal('audit-load-all') }),
  z.strictObject({ command: z.literal('audit-cancel-load') }),
  z.strictObject({ command: z.literal('palette-open') }),
]);
export type PageCommand = z.infer<typeof PageCommandSchema>;

const TabIdSchema = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 31);

/** The requests of this protocol, added to the router's RequestSchema (protocol.ts). */
export const TAB_REQUESTS = [
  PageStateRequestSchema,
  /** (d) A marker was clicked (a user gesture): open the side panel at that field's findings. */
  z.strictObject({ type: z.literal('sidepanel/open'), field: TextFieldSchema.optional() }),
  /** (b) The side panel opened or follows another tab: the tab's view now. */
  z.strictObject({ type: z.literal('view/get'), tabId: TabIdSchema }),
  /** (c) The side panel asks the tab for something; the background routes it. */
  z.strictObject({ type: z.literal('page/command'), tabId: TabIdSchema, command: PageCommandSchema }),
] as const;

/**
 * Who may send each request: `tab`, a content script in a marketplace tab (the sender record
 * has a tab and a page URL); `extension-page`, one of Rapi's own pages (side panel, popup). The
 * router refuses a request from the other kind: a page's content script cannot command other
 * tabs, and the side panel cannot pretend to be a page.
 */
export const SENDER_KINDS = {
  'page/state': 'tab',
  'sidepanel/open': 'tab',
  'view/get': 'extension-page',
  'page/command': 'extension-page',
} as const;
export type SenderKind = (typeof SENDER_KINDS)[keyof typeof SENDER_KINDS];

const AuditResultSchema = z.strictObject({
  id: z.number().int().positive(),
  previous: z.strictObject({ id: z.number().int().positive(), at: z.string(), meanChange: z.number().nullable() }).nullable(),
});

export const NoticeReplySchema = z.strictObject({ notice: NoticeSchema.nullable() });

export const TAB_RESPONSES = {
  'page/state': z.strictObject({ accepted: z.boolean() }),
  'sidepanel/open': z.strictObject({ opened: z.boolean() }),
  'view/get': z.strictObject({ view: z.custom<TabView>((value) => typeof value === 'object' && value !== null).nullable() }),
  'page/command': NoticeReplySchema,
} as const;
export { AuditResultSchema };

/** (d) One marker: a text field's findings count and worst severity. */
export const MarkerSchema = z.strictObject({ field: TextFieldSchema, count: z.number().int().positive().max(1000), worst: SeveritySchema });
export type Marker = z.infer<typeof MarkerSchema>;

/** Messages the background sends to a tab's page agent (`tabs.sendMessage`), parsed there. */
export const AgentMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page/command'), command: PageCommandSchema }),
  /** For the audit: the page's product cards and shop name. */
  z.strictObject({ type: z.literal('page/extract-cards') }),
  z.strictObject({ type: z.literal('page/markers'), markers: z.array(MarkerSchema).max(TEXT_FIELDS.length) }),
  /** The hub has no state for the tab (an MV3 background restarts when idle): send `page/state` again. */
  z.strictObject({ type: z.literal('page/resend') }),
]);
export type AgentMessage = z.infer<typeof AgentMessageSchema>;

export const ExtractedCardsSchema = z.strictObject({
  cards: z.array(ProductCardSchema).max(5000),
  shop: z.strictObject({ name: z.string().max(200), from: z.enum(['header', 'breadcrumb', 'cards', 'title']) }).optional(),
  url: z.string().max(4096),
});
export type ExtractedCards = z.infer<typeof ExtractedCardsSchema>;

/** The agent's answers, by message type. */
export const AGENT_REPLIES = {
  'page/command': NoticeReplySchema,
  'page/extract-cards': ExtractedCardsSchema,
  'page/markers': z.strictObject({ kept: z.boolean() }),
  'page/resend': z.strictObject({ sent: z.boolean() }),
} as const;

/**
 * (b) What the side panel shows for one tab, built by the hub. The sections have the shapes
 * the floating panel's components take (panel-store, section-states), so both show the same.
 */
export interface TabView {
  tabId: number;
  /** null: a page Rapi does not work on (a buyer page, another site, or no agent answered). */
  match: PageMatchSchemaType | null;
  listing?: ListingPanelState;
  /** With the seller's switched-off rules left out; `disabledCount` says how many. */
  quality?: QualityPanelState & { report: QualityReport };
  tags?: TagsPanelState;
  notice?: Notice;
  audit?: AuditPanelState;
  /** Set when a marker asked to show one field's findings; `seq` grows with every ask, so a second click scrolls again. */
  focusField?: { field: z.infer<typeof TextFieldSchema>; seq: number };
  markers?: Marker[];
}
type PageMatchSchemaType = z.infer<typeof PageMatchSchema>;

/** Pushed on the side panel's port. */
export const ViewPushSchema = z.strictObject({
  type: z.literal('view'),
  view: z.custom<TabView>((value) => typeof value === 'object' && value !== null && typeof (value as TabView).tabId === 'number'),
});
export type ViewPush = z.infer<typeof ViewPushSchema>;
