/**
 * The message protocol between content scripts (and extension pages) and the
 * background. Every request is one member of a zod discriminated union and is
 * parsed on receipt: a content script runs beside a page that may be hostile, so
 * nothing it sends is trusted as typed. Each request type has its reply schema,
 * which the client parses in turn.
 */
import { z } from 'zod';
import { PageMatchSchema } from '../marketplaces/types';

export const RequestSchema = z.discriminatedUnion('type', [
  /** Health check; answers the extension version. */
  z.strictObject({ type: z.literal('ping') }),
  /** A content script tells which page it sees, so the toolbar button can show that Rapi is active on the tab. */
  z.strictObject({ type: z.literal('page-detected'), match: PageMatchSchema.nullable() }),
]);
export type Request = z.infer<typeof RequestSchema>;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export const ResponseSchemas = {
  ping: z.strictObject({ version: z.string() }),
  'page-detected': z.strictObject({ badge: z.string().max(4) }),
} satisfies Record<RequestType, z.ZodType>;
export type ResponseOf<T extends RequestType> = z.infer<(typeof ResponseSchemas)[T]>;

export const ErrorCodeSchema = z.enum(['bad-message', 'forbidden-sender', 'handler-failed']);
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
