/** Rapi's IndexedDB: the schema (one module) and its queries. Extension pages and the background only. */
export { RapiDb, DB_NAME, rapiDb } from './schema';
export type { SnippetRow, VariableRow } from './schema';
export {
  listSnippets,
  getSnippet,
  createSnippet,
  updateSnippet,
  deleteSnippet,
  restoreSnippet,
  recordSnippetUse,
  exportAllSnippets,
} from './snippets';
export type { SnippetFilter, SnippetSort, StoreResult } from './snippets';
export { importSnippets } from './import';
export { checkStorage, isStorageUnavailable } from './storage-errors';
export type { ImportOptions, ImportResult, ImportSummary } from './import';
export { loadVariables, saveVariable, deleteVariable, checkVariable, MAX_VARIABLE_VALUE } from './variables';
export type { VariableError, VariableResult } from './variables';
export { saveAudit, getAudit, updateAuditNotes, previousAudit, listAudits, deleteAudit, shopKeyOf } from './audits';
export type { SavedAudit } from './audits';
export type { AuditRow } from './schema';
