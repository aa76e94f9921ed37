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

const SnippetId = z.string().min(1).max(64);
/** What a template may read from the listing: short fields only, never a megabyte of description. */
const TemplateListingSchema = ListingSchema.pick({ title: true, priceIdr: true, weightGrams: true, stock: true, category: true })
  .partial()
  .strict();
const FillInSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('text'), name: z.string().max(64) }),
  z.strictObject({ kind: z.literal('choice'), name: z.string().max(64), options: z.array(z.string().max(200)).max(50) }),
]);
const BilingualSchema = z.strictObject({ id: z.string(), en: z.string() });

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

export const SnippetHitSchema = z.strictObject({
  id: SnippetId,
  title: z.string().max(200),
  shortcut: z.string().max(32).optional(),
  preview: z.string().max(300),
  fillIns: z.array(FillInSchema).max(20),
});
export type SnippetHit = z.infer<typeof SnippetHitSchema>;

export const ResponseSchemas = {
  ping: z.strictObject({ version: z.string() }),
  'snippets/search': z.strictObject({ hits: z.array(SnippetHitSchema).max(50) }),
  'snippets/render': z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), text: z.string().max(100_000) }),
    z.strictObject({
      ok: z.literal(false),
      message: BilingualSchema,
      missing: z.strictObject({ variables: z.array(z.string().max(64)), fields: z.array(z.string().max(64)) }).optional(),
    }),
  ]),
  'snippets/by-shortcut': z.strictObject({ hit: SnippetHitSchema.nullable() }),
  'snippets/record-use': z.strictObject({ recorded: z.boolean() }),
  'palette/shortcut': z.strictObject({ keys: z.string().max(40) }),
  'audit/save': z.strictObject({
    id: z.number().int().positive(),
    /** The same shop's audit before this one, and the change in mean score since. */
    previous: z.strictObject({ id: z.number().int().positive(), at: z.string(), meanChange: z.number().nullable() }).nullable(),
  }),
  'audit/open-report': z.strictObject({ opened: z.boolean() }),
  'options/open': z.strictObject({ opened: z.boolean() }),
  ...TAB_RESPONSES,
} satisfies Record<RequestType, z.ZodType>;

/** Messages the background sends to a tab's content script. Parsed there too. */
export const TabMessageSchema = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('palette/open') })]);
export type TabMessage = z.infer<typeof TabMessageSchema>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof ResponseSchemas)[T]>;

/** `storage-unavailable`: the extension's IndexedDB cannot be opened (not "no snippets", not "not found"). */
export const ErrorCodeSchema = z.enum(['bad-message', 'forbidden-sender', 'handler-failed', 'storage-unavailable']);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** Errors carry both languages: the receiver may show them before it knows the user's choice. */
export const MessagingErrorSchema = z.strictObject({
  code: ErrorCodeSchema,
  message: z.strictObject({ id: z.string(), en: z.string() }),
});
export type MessagingErrorBody = z.infer<typeof MessagingErrorSchema>;

export const ReplySchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: MessagingErrorSchema }),
]);
export type Reply = z.infer<typeof ReplySchema>;
