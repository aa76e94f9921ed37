/**
 * The audit as a JSON file and back. Reading never throws: the file may be a colleague's export,
 * an older version, or anything the mentor picked by mistake, and each comes back as an audit or
 * as errors to show.
 */
import { AuditSchema, type Audit } from './schema';

/** Far above a 10,000-product audit; a bigger file is not one Rapi wrote. */
const MAX_CHARS = 50_000_000;

export type ParseAuditResult = { ok: true; audit: Audit } | { ok: false; errors: string[] };

export function auditToJson(audit: Audit): string {
  return JSON.stringify(audit, null, 2);
}

export function parseAuditJson(text: string): ParseAuditResult {
  try {
    if (typeof text !== 'string') return { ok: false, errors: ['not text'] };
    if (text.length > MAX_CHARS) return { ok: false, errors: [`file too large (over ${MAX_CHARS} characters)`] };
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      return { ok: false, errors: [`not JSON: ${(error as Error).message}`] };
    }
    const parsed = AuditSchema.safeParse(data);
    if (parsed.success) return { ok: true, audit: parsed.data };
    return { ok: false, errors: parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`) };
  } catch {
    return { ok: false, errors: ['unexpected error while reading the audit'] };
  }
}
