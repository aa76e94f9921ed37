/**
 * What the editor shows under the body: the template filled with the seller's
 * variables and a sample listing. A variable not stored yet and each fill-in show
 * as ‹name› (a choice shows its first option), so the preview reads whole while
 * still saying what is missing. Errors keep their line and column.
 */
import type { Listing } from '../../utils/listing/listing';
import { BUILT_IN_VARIABLES, listFillIns, listVariables, parseTemplate, renderTemplate, type TemplateError } from '../../utils/snippets';

export type Preview = { ok: true; text: string; missing: string[] } | { ok: false; error: TemplateError };

const BUILT_IN: ReadonlySet<string> = new Set(BUILT_IN_VARIABLES);
const slot = (name: string) => `‹${name}›`;

export function previewTemplate(body: string, variables: Record<string, string>, listing: Partial<Listing>, now: Date): Preview {
  const parsed = parseTemplate(body, { variables: Object.keys(variables) });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const missing = listVariables(parsed.ast).filter((name) => !BUILT_IN.has(name) && !variables[name]?.trim());
  const fields = Object.fromEntries(
    listFillIns(parsed.ast).map((field) => [field.name, field.kind === 'choice' ? field.options[0]! : slot(field.name)]),
  );
  const filled = { ...variables, ...Object.fromEntries(missing.map((name) => [name, slot(name)])) };
  const rendered = renderTemplate(parsed.ast, { variables: filled, listing, now, fields });
  return rendered.ok ? { ok: true, text: rendered.text, missing } : { ok: false, error: rendered.error };
}
