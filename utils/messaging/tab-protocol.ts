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
import { LISTING_FIELDS, ListingSchema, ProductCardSchema } from '../listing/listing';
import { PageMatchSchema } from '../marketplaces/types';
import { TEXT_FIELDS } from '../marketplaces/editor/types';
import type { QualityReport } from '../quality/types';
import { PageCommandSchema, TextFieldSchema, type Marker } from './agent-message';
import type { ListingPanelState, Notice, QualityPanelState } from '../panel/panel-store';
import type { AuditPanelState, TagsPanelState } from '../panel/section-states';

/** The side panel's port: the hub pushes views on it and learns which side panels are open. */
export const SIDEPANEL_PORT = 'rapi-sidepanel';

// What the page agent parses is written with zod/mini (agent-message.ts) and defined there once.
export {
  AgentMessageSchema,
  FindingSchema,
  FixSchema,
  MarkerSchema,
  PageCommandSchema,
  RuleIdSchema,
  SeveritySchema,
  TabMessageSchema,
  TextFieldSchema,
  type AgentMessage,
  type Marker,
  type PageCommand,
  type TabMessage,
} from './agent-message';

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
  teaching: z.nullable(TextFieldSchema),
});

/** (a) content script → background, on every (debounced) read of the form and on every navigation. */
export const PageStateRequestSchema = z.strictObject({
  type: z.literal('page/state'),
  match: z.nullable(PageMatchSchema),
  listing: ListingStateSchema.optional(),
  /** The text fields the agent found on the page (where markers can go). */
  fields: z.array(TextFieldSchema).max(TEXT_FIELDS.length),
  /** While "load all products" scrolls the list: the product cards loaded so far. */
  loading: z.number().int().nonnegative().max(100_000).optional(),
  /** The agent's first state on this page (a load or a reload): it has no markers yet, so send them even if unchanged. */
  fresh: z.literal(true).optional(),
});
export type PageState = z.infer<typeof PageStateRequestSchema>;

const TabIdSchema = z
  .number()
  .int()
  .nonnegative()
  .max(2 ** 31);

/** The requests of this protocol, added to the router's RequestSchema (protocol.ts). */
export const TAB_REQUESTS = [
  PageStateRequestSchema,
  /** (d) A marker was clicked (a user gesture): open the side panel at that field's findings. */
  z.strictObject({ type: z.literal('sidepanel/open'), field: z.optional(TextFieldSchema) }),
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
  // page/state and sidepanel/open come from content scripts, which parse their replies: page-replies.ts.
  'view/get': z.strictObject({ view: z.custom<TabView>((value) => typeof value === 'object' && value !== null).nullable() }),
  'page/command': NoticeReplySchema,
} as const;
export { AuditResultSchema };

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
