/**
 * Parses a snippet body into text and tags. Strict on purpose: a typo such as
 * `{{nama_tko}}` or a forgotten `}}` is an error with its position, never text
 * that lands in a listing half-filled. Tags stay on one line.
 */
import { closest } from './fuzzy';
import {
  BUILT_IN_VARIABLES,
  FIELD_NAME_PATTERN,
  SHOP_VARIABLES,
  VARIABLE_NAME_PATTERN,
  templateError,
  type ParseResult,
  type TemplateError,
  type TemplateNode,
} from './template-ast';

export interface ParseOptions {
  /** The seller's own variable names, beyond the built-in and shop ones. */
  variables?: Iterable<string>;
  /** Check structure only (an import: the variable may be defined later). */
  allowUnknownVariables?: boolean;
}

type FillInNode = Extract<TemplateNode, { type: 'fill-in' }>;
type TagResult = TemplateNode | TemplateError;

export function parseTemplate(body: string, options: ParseOptions = {}): ParseResult {
  const known = new Set<string>([...BUILT_IN_VARIABLES, ...SHOP_VARIABLES, ...(options.variables ?? [])]);
  const fail = (error: TemplateError): ParseResult => ({ ok: false, error });
  const nodes: TemplateNode[] = [];
  const fields = new Map<string, FillInNode>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('{{', i);
    const close = body.indexOf('}}', i);
    if (close !== -1 && (open === -1 || close < open)) {
      return fail(templateError(body, 'stray-close', close, 'Ada }} tanpa {{ sebelumnya', 'Found }} without a {{ before it'));
    }
    if (open === -1) {
      nodes.push({ type: 'text', value: body.slice(i) });
      break;
    }
    if (open > i) nodes.push({ type: 'text', value: body.slice(i, open) });
    const end = tagEnd(body, open);
    if (typeof end !== 'number') return fail(end);
    const tag = parseTag(body, open, end, (name) => known.has(name) || options.allowUnknownVariables === true, known);
    if ('code' in tag) return fail(tag);
    if (tag.type === 'fill-in') {
      const earlier = fields.get(tag.name);
      if (earlier && !sameField(earlier, tag)) {
        return fail(
          templateError(
            body,
            'conflicting-field',
            open,
            `Isian "${tag.name}" dipakai dua kali dengan cara berbeda`,
            `Field "${tag.name}" is used twice in different ways`,
          ),
        );
      }
      fields.set(tag.name, tag);
    }
    nodes.push(tag);
    i = end + 2;
  }
  return { ok: true, ast: { nodes, source: body } };
}

function sameField(a: FillInNode, b: FillInNode): boolean {
  if (a.kind === 'text' || b.kind === 'text') return a.kind === b.kind;
  return a.options.join('|') === b.options.join('|');
}

/** Where the `}}` closing the tag opened at `open` is, or why there is none. */
function tagEnd(body: string, open: number): number | TemplateError {
  for (let k = open + 2; k < body.length; k++) {
    const char = body[k];
    if (char === '}' && body[k + 1] === '}') return k;
    if (char === '{') {
      return templateError(
        body,
        'nested-braces',
        k,
        'Kurung kurawal tidak boleh ada di dalam {{ }}',
        'Braces cannot be nested inside {{ }}',
      );
    }
    if (char === '}' || char === '\n') break;
  }
  return templateError(body, 'unclosed', open, 'Tanda {{ tidak ditutup dengan }}', '{{ is not closed with }}');
}

function parseTag(body: string, open: number, end: number, isKnown: (name: string) => boolean, known: Set<string>): TagResult {
  const start = open + 2;
  const inner = body.slice(start, end);
  const content = inner.trim();
  const at = start + (inner.length - inner.trimStart().length);
  if (content === '') return emptyName(body, start);
  const colon = content.indexOf(':');
  if (colon === -1) {
    const bar = content.indexOf('|');
    if (bar !== -1) {
      return templateError(
        body,
        'unexpected-options',
        at + bar,
        'Pilihan dengan | hanya untuk {{pilih:…}}',
        'Options with | belong only in {{pilih:…}}',
      );
    }
    const name = content.toLowerCase();
    if (!VARIABLE_NAME_PATTERN.test(name)) {
      return templateError(
        body,
        'invalid-name',
        at,
        `Nama isian "${content}" hanya boleh huruf kecil, angka dan _`,
        `Variable name "${content}" may only hold lower-case letters, digits and _`,
      );
    }
    if (!isKnown(name)) {
      const guess = closest(name, known);
      const hintId = guess ? ` Maksud Anda {{${guess}}}?` : '';
      const hintEn = guess ? ` Did you mean {{${guess}}}?` : '';
      return templateError(
        body,
        'unknown-variable',
        at,
        `Isian {{${name}}} tidak dikenal.${hintId}`,
        `Unknown variable {{${name}}}.${hintEn}`,
      );
    }
    return { type: 'variable', name, index: open };
  }
  const kind = content.slice(0, colon).trim().toLowerCase();
  const restAt = at + colon + 1;
  const parts = content.slice(colon + 1).split('|');
  const name = parts[0]!.trim();
  if (kind !== 'isi' && kind !== 'pilih') {
    return templateError(
      body,
      'unknown-kind',
      at,
      `Jenis "${kind}:" tidak dikenal; gunakan isi: atau pilih:`,
      `Unknown kind "${kind}:"; use isi: or pilih:`,
    );
  }
  if (name === '') return emptyName(body, restAt);
  if (!FIELD_NAME_PATTERN.test(name)) {
    return templateError(
      body,
      'invalid-name',
      restAt,
      `Nama isian "${name}" terlalu panjang atau berisi tanda baca`,
      `Field name "${name}" is too long or holds punctuation`,
    );
  }
  if (kind === 'isi') {
    if (parts.length > 1) {
      const bar = restAt + parts[0]!.length;
      return templateError(
        body,
        'unexpected-options',
        bar,
        'Pilihan dengan | hanya untuk {{pilih:…}}',
        'Options with | belong only in {{pilih:…}}',
      );
    }
    return { type: 'fill-in', kind: 'text', name, index: open };
  }
  if (parts.length === 1) {
    return templateError(
      body,
      'no-options',
      at,
      `{{pilih:${name}}} perlu pilihan, mis. {{pilih:${name}|A|B}}`,
      `{{pilih:${name}}} needs options, e.g. {{pilih:${name}|A|B}}`,
    );
  }
  const options: string[] = [];
  let offset = restAt + parts[0]!.length + 1;
  for (const part of parts.slice(1)) {
    const option = part.trim();
    if (option === '')
      return templateError(body, 'empty-option', offset, 'Ada pilihan kosong (dua | berurutan?)', 'An option is empty (two | in a row?)');
    if (options.includes(option)) {
      return templateError(body, 'duplicate-option', offset, `Pilihan "${option}" muncul dua kali`, `Option "${option}" appears twice`);
    }
    options.push(option);
    offset += part.length + 1;
  }
  return { type: 'fill-in', kind: 'choice', name, options, index: open };
}

function emptyName(body: string, index: number): TemplateError {
  return templateError(body, 'empty-name', index, 'Nama di dalam {{ }} kosong', 'The name inside {{ }} is empty');
}
