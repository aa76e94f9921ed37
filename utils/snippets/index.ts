/** Snippets as pure data: the model, templates, search and files. No browser, no DOM, no Dexie. */
export {
  SNIPPET_LIMITS,
  SHORTCUT_PATTERN,
  CONFLICT_CHOICES,
  ShortcutSchema,
  TagSchema,
  SnippetContentSchema,
  SnippetSchema,
  SnippetImportSchema,
} from './model';
export type { Snippet, SnippetContent, SnippetDraft, SnippetImport, SnippetFileError, ConflictChoice } from './model';

export { parseTemplate } from './template-parse';
export type { ParseOptions } from './template-parse';
export { renderTemplate } from './template-render';
export type { RenderContext } from './template-render';
export { listFillIns, listVariables, BUILT_IN_VARIABLES, SHOP_VARIABLES, VARIABLE_NAME_PATTERN } from './template-ast';
export type { TemplateAst, TemplateNode, TemplateError, TemplateErrorCode, FillIn, ParseResult, RenderResult } from './template-ast';
export { formatRupiah, formatWeight, formatDateId } from './format';

export { normalizeText, buildSearchText, stem } from './normalize';
export { createSearchIndex } from './search-index';
export type { SearchableSnippet, SnippetSearchIndex } from './search-index';
export { searchSnippets } from './search';
export type { SearchOptions, SearchResult } from './search';

export { parseSnippetFile, serializeSnippets } from './file';
export type { SnippetFileFormat } from './file';
export { FILE_FORMAT, FILE_VERSION, CSV_COLUMNS, duplicateErrors } from './file-format';
export type { ParseFileResult } from './file-format';
export { fileError, issueErrors, capErrors } from './file-messages';

export { findContactDetail, findContactDetails, isContactKey } from './contact-details';
export type { ContactDetail, ContactKind } from './contact-details';
