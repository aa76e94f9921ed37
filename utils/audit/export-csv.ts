/**
 * The audit as a spreadsheet, one row per product, for mentors who report in Excel or Google
 * Sheets. Titles come from someone else's shop page, so a title like `=HYPERLINK(...)` must stay
 * text: cells that a spreadsheet would read as a formula get a leading apostrophe.
 */
import Papa from 'papaparse';
import type { Audit } from './schema';

export const CSV_COLUMNS = ['key', 'title', 'price_idr', 'score', 'grade', 'findings', 'local_tags', 'ad'] as const;

/**
 * Papaparse's own pattern, `^[=+\-@\t\r].*$`, has no `s` flag, so a formula followed by a line
 * break slips through; only the first character matters (OWASP "CSV injection").
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export function auditToCsv(audit: Audit): string {
  const rows = audit.products.map((product) => [
    product.key,
    product.card.title,
    product.card.priceIdr ?? '',
    product.score,
    product.grade,
    product.findings.map((f) => f.ruleId).join(' '),
    product.localTags.join('; '),
    product.card.isAd ? 'yes' : 'no',
  ]);
  // CRLF and a BOM: what Excel expects to open UTF-8 ("Batik Cirebon – Mega Mendung") without mojibake.
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: FORMULA_START, newline: '\r\n' })}`;
}
