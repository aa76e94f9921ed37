/** Building findings and the fixes they offer, so every rule fills them the same way. */
import type { MessageKey } from '../i18n/translate';
import type { ListingField } from '../listing/listing';
import { ruleMessageKey, type RuleId } from './rule-ids';
import type { Finding, Fix, Severity, Span, TextField } from './types';
import { tidyRemoval } from './text/spans';

/** Enough findings of one rule in one field for the seller to see the pattern; more is noise. */
export const MAX_FINDINGS_PER_FIELD = 10;

export function makeFinding(
  ruleId: RuleId,
  severity: Severity,
  field: ListingField,
  params: readonly (string | number)[] = [],
  extra: { span?: Span; fix?: Fix; messageKey?: MessageKey } = {},
): Finding {
  const finding: Finding = {
    ruleId,
    severity,
    field,
    messageKey: extra.messageKey ?? ruleMessageKey(ruleId),
    params: params.slice(0, 9).map(String),
  };
  if (extra.span) finding.span = { start: extra.span.start, end: extra.span.end };
  if (extra.fix) finding.fix = extra.fix;
  return finding;
}

/** Replace `span` of `text` with `replacement`, remembering what was there. */
export function replaceFix(field: TextField, text: string, span: Span, replacement: string, labelKey: MessageKey): Fix {
  return {
    kind: 'replace-span',
    field,
    start: span.start,
    end: span.end,
    replacement,
    original: text.slice(span.start, span.end),
    labelKey,
  };
}

/** Remove `span` and the spacing or joiner that would be left dangling. */
export function removeFix(field: TextField, text: string, span: Span, labelKey: MessageKey): Fix {
  return replaceFix(field, text, tidyRemoval(text, span), '', labelKey);
}
