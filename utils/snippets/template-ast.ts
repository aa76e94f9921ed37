/**
 * The template language: `{{nama_toko}}` (a variable), `{{isi:ukuran}}` (a
 * free-text field asked at insert time) and `{{pilih:warna|Merah|Biru}}` (a
 * choice). Errors carry where they are, so the editor can point at them.
 */

/** Values Rapi fills itself: today, and the listing being edited. */
export const BUILT_IN_VARIABLES = ['tanggal', 'judul', 'harga', 'berat', 'kategori', 'stok'] as const;
/** Values the seller keeps in the variable store. */
export const SHOP_VARIABLES = ['nama_toko', 'kota'] as const;
export const VARIABLE_NAME_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const FIELD_NAME_PATTERN = /^[\p{L}\p{N}_ -]{1,40}$/u;

export type TemplateNode =
  | { type: 'text'; value: string }
  | { type: 'variable'; name: string; index: number }
  | { type: 'fill-in'; kind: 'text'; name: string; index: number }
  | { type: 'fill-in'; kind: 'choice'; name: string; options: string[]; index: number };

export interface TemplateAst {
  nodes: TemplateNode[];
  source: string;
}

export type FillIn = { kind: 'text'; name: string } | { kind: 'choice'; name: string; options: string[] };

export type TemplateErrorCode =
  | 'unclosed'
  | 'stray-close'
  | 'nested-braces'
  | 'empty-name'
  | 'invalid-name'
  | 'unknown-variable'
  | 'unknown-kind'
  | 'no-options'
  | 'empty-option'
  | 'duplicate-option'
  | 'unexpected-options'
  | 'conflicting-field'
  | 'missing-values'
  | 'invalid-choice';

export interface TemplateError {
  code: TemplateErrorCode;
  /** Indonesian, then English: "… / …". */
  message: string;
  /** The same in each language, for a UI that shows one. */
  text: { id: string; en: string };
  /** 0-based offset in the body; line and column are 1-based (columns count UTF-16 units). */
  index: number;
  line: number;
  column: number;
  /** With `missing-values`: what the user still has to give. */
  missing?: { variables: string[]; fields: string[] };
}

export type ParseResult = { ok: true; ast: TemplateAst } | { ok: false; error: TemplateError };
export type RenderResult = { ok: true; text: string } | { ok: false; error: TemplateError };

export function templateError(
  source: string,
  code: TemplateErrorCode,
  index: number,
  id: string,
  en: string,
  extra: Pick<TemplateError, 'missing'> = {},
): TemplateError {
  const before = source.slice(0, index);
  const line = before.split('\n').length;
  const column = index - (before.lastIndexOf('\n') + 1) + 1;
  return { code, message: `${id} / ${en}`, text: { id, en }, index, line, column, ...extra };
}

/** The fields the palette must ask for, once each, in the order they appear. */
export function listFillIns(ast: TemplateAst): FillIn[] {
  const seen = new Map<string, FillIn>();
  for (const node of ast.nodes) {
    if (node.type !== 'fill-in' || seen.has(node.name)) continue;
    seen.set(
      node.name,
      node.kind === 'text' ? { kind: 'text', name: node.name } : { kind: 'choice', name: node.name, options: [...node.options] },
    );
  }
  return [...seen.values()];
}

/** The variables a template uses, once each. */
export function listVariables(ast: TemplateAst): string[] {
  return [...new Set(ast.nodes.flatMap((node) => (node.type === 'variable' ? [node.name] : [])))];
}
