/**
 * The message protocol between content scripts (and extension pages) and the
 * background. Every request is one member of a zod discriminated union and is
 * parsed on receipt: a content script runs beside a page that may be hostile, so
 * nothing it sends is trusted as typed. Each request type has its reply schema,
 * which the client parses in turn.
 */
import { z } from 'zod';
import { MarketplaceIdSchema } from '../marketplaces/types';
import { ListingSchema } from '../listing/listing';
import { AuditSchema } from '../audit/schema';
import { TAB_REQUESTS, TAB_RESPONSES } from './tab-protocol';
import { PAGE_REPLIES } from './page-replies';
import type { $ZodType } from 'zod/v4/core';

const SnippetId = z.string().min(1).max(64);
/** What a template may read from the listing: short fields only, never a megabyte of description. */
const TemplateListingSchema = ListingSchema.pick({ title: true, priceIdr: true, weightGrams: true, stock: true, category: true })
  .partial()
  .strict();

export const RequestSchema = z.discriminatedUnion('type', [
  /** Health check; answers the extension version. */
  z.strictObject({ type: z.literal('ping') }),
  /** The palette's search over the seller's snippets (kept in the extension's IndexedDB, which content scripts never open). */
  z.strictObject({ type: z.literal('snippets/search'), query: z.string().max(200), marketplace: MarketplaceIdSchema }),
  /** Fill a snippet's template with the listing's values and the answers to its fill-in fields. */
  z.strictObject({
    type: z.literal('snippets/render'),
    id: SnippetId,
    listing: TemplateListingSchema,
    fields: z.record(z.string().max(64), z.string().max(2000)),
  }),
  /** The snippet whose typed shortcut (";garansi") the seller just typed, if any. */
  z.strictObject({ type: z.literal('snippets/by-shortcut'), shortcut: z.string().max(32), marketplace: MarketplaceIdSchema }),
  /** Count a use (sorting by most used, recent first). */
  z.strictObject({ type: z.literal('snippets/record-use'), id: SnippetId }),
  /** The keys that open the palette, as the user set them for the extension's command. */
  z.strictObject({ type: z.literal('palette/shortcut') }),
  /** Keep a mentor's audit of the page (in the extension's IndexedDB). */
  z.strictObject({ type: z.literal('audit/save'), audit: AuditSchema }),
  /** Open Rapi's options page (to manage snippets), which content scripts cannot open themselves. */
  z.strictObject({ type: z.literal('options/open') }),
  /** Open the full report of a saved audit in a new tab (content scripts cannot open extension pages). */
  z.strictObject({ type: z.literal('audit/open-report'), id: z.number().int().positive() }),
  /** The side panel's protocol (tab-protocol.ts): page state, view, commands, opening the side panel. */
  ...TAB_REQUESTS,
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const ResponseSchemas = {
  ping: z.strictObject({ version: z.string() }),
  'audit/save': z.strictObject({
    id: z.number().int().positive(),
    /** The same shop's audit before this one, and the change in mean score since. */
    previous: z.strictObject({ id: z.number().int().positive(), at: z.string(), meanChange: z.number().nullable() }).nullable(),
  }),
  'audit/open-report': z.strictObject({ opened: z.boolean() }),
  ...TAB_RESPONSES,
  // The replies a content script parses (zod/mini, page-replies.ts), defined there once.
  ...PAGE_REPLIES,
} satisfies Record<RequestType, $ZodType>;

export type ResponseOf<T extends RequestType> = z.infer<(typeof ResponseSchemas)[T]>;

export {
  ErrorCodeSchema,
  MessagingErrorSchema,
  ReplySchema,
  SnippetHitSchema,
  type ErrorCode,
  type MessagingErrorBody,
  type Reply,
  type SnippetHit,
} from './page-replies';
/** Messages the background sends to a tab's content script (zod/mini, agent-message.ts). */
export { TabMessageSchema, type TabMessage } from './agent-message';
