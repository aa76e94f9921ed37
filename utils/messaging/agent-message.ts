/**
 * The part of the side panel's protocol (tab-protocol.ts) that the content script parses:
 * the background's messages to a tab's page agent, with the commands, findings and fixes
 * they carry, the palette's `palette/open`, and the markers. Written with zod/mini, the
 * same library tree-shaken, so the content script stays within its 50 KB gzipped budget
 * (issue 15); tab-protocol.ts re-exports these and the background embeds them in its own
 * schemas, so each shape is defined once. Lengths are bounded and objects strict.
 */
import * as z from 'zod/mini';
import { LISTING_FIELDS } from '../listing/fields';
import { TEXT_FIELDS } from '../marketplaces/editor/types';
import { RULE_IDS, type RuleId } from '../quality/rule-ids';
import { SEVERITIES } from '../quality/severity';
import type { MessageKey } from '../i18n/translate';
import type { Finding, Fix } from '../quality/types';

export const TextFieldSchema = z.enum(TEXT_FIELDS);
export const SeveritySchema = z.enum(SEVERITIES);
export const RuleIdSchema = z.enum(RULE_IDS as unknown as [RuleId, ...RuleId[]]);
const ListingFieldSchema = z.enum(LISTING_FIELDS);
const MessageKeySchema = z.pipe(
  z.string().check(z.maxLength(80), z.regex(/^[a-z0-9_]+$/i)),
  z.transform((key) => key as MessageKey),
);
const TEXT_MAX = 2_000_000;
const offset = () => z.number().check(z.int(), z.nonnegative(), z.maximum(TEXT_MAX));
export const SpanSchema = z.strictObject({ start: offset(), end: offset() });
const text = () => z.string().check(z.maxLength(TEXT_MAX));
const FieldValueSchema = z.union([
  text(),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
  z.undefined(),
]);

// Findings, fixes and commands are built at their first use (`z.lazy`): the content script loads
// on every marketplace page, and building these schemas cost several milliseconds on the way to
// the first markers (issue 15), which need only the marker shape below.
export const FixSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('replace-span'),
      field: z.enum(['title', 'description']),
      start: offset(),
      end: offset(),
      replacement: text(),
      original: text(),
      labelKey: MessageKeySchema,
    }),
    z.strictObject({
      kind: z.literal('set-field'),
      field: ListingFieldSchema,
      value: FieldValueSchema,
      previous: FieldValueSchema,
      labelKey: MessageKeySchema,
    }),
  ]),
) as unknown as z.ZodMiniType<Fix>;

export const FindingSchema = z.lazy(() =>
  z.strictObject({
    ruleId: RuleIdSchema,
    severity: SeveritySchema,
    field: ListingFieldSchema,
    messageKey: MessageKeySchema,
    params: z.array(z.string().check(z.maxLength(2000))).check(z.maxLength(9)),
    span: z.optional(SpanSchema),
    fix: z.optional(FixSchema),
  }),
) as unknown as z.ZodMiniType<Finding>;

/** (c) What the side panel asks of a tab. The hub answers some itself (dismiss-notice, audit-run, palette-open). */
export const PageCommandSchema = z.lazy(() =>
  z.discriminatedUnion('command', [
    /** Scroll to a field and highlight it; with a span, select that text. */
    z.strictObject({ command: z.literal('focus-field'), field: TextFieldSchema, span: z.optional(SpanSchema) }),
    /** Show where a finding is (its field and span). */
    z.strictObject({ command: z.literal('show-finding'), finding: FindingSchema }),
    z.strictObject({ command: z.literal('apply-fix'), fix: FixSchema }),
    /** A tag's insert form: "#BatikPekalongan" goes to the description, a plain keyword to the title. */
    z.strictObject({ command: z.literal('insert-tag'), insert: z.string().check(z.minLength(1), z.maxLength(200)) }),
    z.strictObject({ command: z.literal('undo') }),
    z.strictObject({ command: z.literal('dismiss-notice') }),
    z.strictObject({ command: z.literal('teach'), field: TextFieldSchema }),
    z.strictObject({ command: z.literal('cancel-teach') }),
    z.strictObject({ command: z.literal('audit-run') }),
    z.strictObject({ command: z.literal('audit-load-all') }),
    z.strictObject({ command: z.literal('audit-cancel-load') }),
    z.strictObject({ command: z.literal('palette-open') }),
  ]),
);
export type PageCommand = z.infer<typeof PageCommandSchema>;

/** (d) One marker: a text field's findings count and worst severity. */
export const MarkerSchema = z.strictObject({
  field: TextFieldSchema,
  count: z.number().check(z.int(), z.positive(), z.maximum(1000)),
  worst: SeveritySchema,
});
export type Marker = z.infer<typeof MarkerSchema>;

/** Messages the background sends to a tab's page agent (`tabs.sendMessage`), parsed there. */
export const AgentMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('page/command'), command: PageCommandSchema }),
  /** For the audit: the page's product cards and shop name. */
  z.strictObject({ type: z.literal('page/extract-cards') }),
  z.strictObject({ type: z.literal('page/markers'), markers: z.array(MarkerSchema).check(z.maxLength(TEXT_FIELDS.length)) }),
  /** The hub has no state for the tab (an MV3 background restarts when idle): send `page/state` again. */
  z.strictObject({ type: z.literal('page/resend') }),
]);
export type AgentMessage = z.infer<typeof AgentMessageSchema>;

/** Messages the background sends to a tab's content script for the palette (the command relay, the side panel's button). */
export const TabMessageSchema = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('palette/open') })]);
export type TabMessage = z.infer<typeof TabMessageSchema>;
