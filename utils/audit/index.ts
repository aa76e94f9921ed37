/**
 * The shop audit a mentor runs on a seller's page: every product card scored, the shop's weakest
 * points counted, notes and action items kept, and this session compared with the last. Plain
 * functions of data (no browser, no DOM, no Dexie): the content script extracts the cards, the
 * background stores the audit.
 */
export { scoreCard, cardKey } from './score-card';
export { auditCards, type AuditContext } from './audit-cards';
export { compareAudits, type ActionStatus, type AuditComparison, type Change, type CompareOptions, type ProductChange } from './compare';
export { auditToCsv, CSV_COLUMNS } from './export-csv';
export { auditToJson, parseAuditJson, type ParseAuditResult } from './export-json';
export { AUDIT_ISSUE_IDS, issuesOf, type AuditIssueId } from './issues';
export {
  ActionItemSchema,
  AuditSchema,
  AuditSummarySchema,
  CardResultSchema,
  AUDIT_LIMITS,
  type ActionItem,
  type Audit,
  type AuditSummary,
  type CardResult,
} from './schema';
