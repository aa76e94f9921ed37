/**
 * Fills a template. All or nothing: when a value is missing the result names
 * every missing variable and field (so the palette can ask for them) instead of
 * leaving a gap in a listing. The output is plain text; values are never markup.
 */
import type { Listing } from '../listing/listing';
import { formatDateId, formatRupiah, formatWeight, groupThousands } from './format';
import { BUILT_IN_VARIABLES, templateError, type RenderResult, type TemplateAst, type TemplateNode } from './template-ast';
import { parseTemplate } from './template-parse';

export interface RenderContext {
  /** The variable store: `nama_toko`, `kota` and the seller's own. */
  variables: Record<string, string>;
  listing?: Partial<Listing>;
  now: Date;
  /** Answers to `{{isi:…}}` and `{{pilih:…}}`, by field name. */
  fields?: Record<string, string>;
}

function present(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value : undefined;
}

function builtIn(name: string, context: RenderContext): string | undefined {
  const listing = context.listing ?? {};
  switch (name) {
    case 'tanggal':
      return formatDateId(context.now);
    case 'judul':
      return present(listing.title);
    case 'kategori':
      return present(listing.category);
    case 'harga':
      return listing.priceIdr === undefined ? undefined : formatRupiah(listing.priceIdr);
    case 'berat':
      return listing.weightGrams === undefined ? undefined : formatWeight(listing.weightGrams);
    case 'stok':
      return listing.stock === undefined ? undefined : groupThousands(listing.stock, '.');
    default:
      return undefined;
  }
}

const BUILT_IN: ReadonlySet<string> = new Set(BUILT_IN_VARIABLES);

function nodeValue(node: Exclude<TemplateNode, { type: 'text' }>, context: RenderContext): string | undefined {
  if (node.type === 'variable') {
    if (BUILT_IN.has(node.name)) return builtIn(node.name, context);
    return Object.hasOwn(context.variables, node.name) ? present(context.variables[node.name]) : undefined;
  }
  return Object.hasOwn(context.fields ?? {}, node.name) ? present(context.fields![node.name]) : undefined;
}

export function renderTemplate(template: TemplateAst | string, context: RenderContext): RenderResult {
  let ast: TemplateAst;
  if (typeof template === 'string') {
    const parsed = parseTemplate(template, { variables: Object.keys(context.variables) });
    if (!parsed.ok) return parsed;
    ast = parsed.ast;
  } else {
    ast = template;
  }
  const out: string[] = [];
  const variables = new Set<string>();
  const fields = new Set<string>();
  let firstMissing = -1;
  for (const node of ast.nodes) {
    if (node.type === 'text') {
      out.push(node.value);
      continue;
    }
    const value = nodeValue(node, context);
    if (value === undefined) {
      (node.type === 'variable' ? variables : fields).add(node.name);
      if (firstMissing === -1) firstMissing = node.index;
      continue;
    }
    if (node.type === 'fill-in' && node.kind === 'choice' && !node.options.includes(value)) {
      const id = `"${value}" bukan pilihan untuk ${node.name} (${node.options.join(', ')})`;
      const en = `"${value}" is not an option for ${node.name} (${node.options.join(', ')})`;
      return { ok: false, error: templateError(ast.source, 'invalid-choice', node.index, id, en) };
    }
    out.push(value);
  }
  if (firstMissing !== -1) {
    const names = [...[...variables].map((name) => `{{${name}}}`), ...fields].join(', ');
    const error = templateError(
      ast.source,
      'missing-values',
      firstMissing,
      `Nilai belum diisi: ${names}`,
      `Values still missing: ${names}`,
      {
        missing: { variables: [...variables], fields: [...fields] },
      },
    );
    return { ok: false, error };
  }
  return { ok: true, text: out.join('') };
}
