/**
 * The background's replies that a content script parses, and the reply envelope, written
 * with zod/mini (the same library, tree-shaken) so the content script stays within its
 * 50 KB gzipped budget (issue 15). protocol.ts uses these in its ResponseSchemas, so each
 * reply is defined once; a reply that does not parse is a `MessagingError` (principle 2).
 */
import * as z from 'zod/mini';

// The schemas a reply needs are built at its first use (`z.lazy`), not when the content script
// loads: building a zod schema costs, and the script loads on every marketplace page, on the way
// to the first markers (issue 15's navigation → markers budget), where most replies never come.

export const SnippetHitSchema = z.lazy(() =>
  z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    title: z.string().check(z.maxLength(200)),
    shortcut: z.optional(z.string().check(z.maxLength(32))),
    preview: z.string().check(z.maxLength(300)),
    fillIns: z
      .array(
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('text'), name: z.string().check(z.maxLength(64)) }),
          z.strictObject({
            kind: z.literal('choice'),
            name: z.string().check(z.maxLength(64)),
            options: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
          }),
        ]),
      )
      .check(z.maxLength(20)),
  }),
);
export type SnippetHit = z.infer<typeof SnippetHitSchema>;

const opened = () => z.lazy(() => z.strictObject({ opened: z.boolean() }));

/** Replies to the requests a content script sends, by request type. */
export const PAGE_REPLIES = {
  'snippets/search': z.lazy(() => z.strictObject({ hits: z.array(SnippetHitSchema).check(z.maxLength(50)) })),
  'snippets/render': z.lazy(() =>
    z.discriminatedUnion('ok', [
      z.strictObject({ ok: z.literal(true), text: z.string().check(z.maxLength(100_000)) }),
      z.strictObject({
        ok: z.literal(false),
        message: z.strictObject({ id: z.string(), en: z.string() }),
        missing: z.optional(
          z.strictObject({
            variables: z.array(z.string().check(z.maxLength(64))),
            fields: z.array(z.string().check(z.maxLength(64))),
          }),
        ),
      }),
    ]),
  ),
  'snippets/by-shortcut': z.lazy(() => z.strictObject({ hit: z.nullable(SnippetHitSchema) })),
  'snippets/record-use': z.lazy(() => z.strictObject({ recorded: z.boolean() })),
  'palette/shortcut': z.lazy(() => z.strictObject({ keys: z.string().check(z.maxLength(40)) })),
  'options/open': opened(),
  'page/state': z.lazy(() => z.strictObject({ accepted: z.boolean() })),
  'sidepanel/open': opened(),
} as const;
export type PageRequestType = keyof typeof PAGE_REPLIES;

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
