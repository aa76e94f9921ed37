/** Files in and out of the options page: reading a picked file, counting collisions, writing a backup. */
import { exportAllSnippets, type RapiDb } from '../../utils/db';
import {
  parseSnippetFile,
  serializeSnippets,
  type ParseFileResult,
  type SnippetFileFormat,
  type SnippetImport,
} from '../../utils/snippets';

/** By extension; a file without one is JSON when it looks like JSON. */
export function formatOf(name: string, text: string): SnippetFileFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  if (lower.endsWith('.json')) return 'json';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'csv';
}

export async function readSnippetFile(file: Blob & { name: string }): Promise<ParseFileResult> {
  const text = await file.text();
  return parseSnippetFile(text, formatOf(file.name, text));
}

/** How many entries share an id or a shortcut with a stored snippet: what the conflict choice decides. */
export async function countConflicts(db: RapiDb, entries: readonly SnippetImport[]): Promise<number> {
  const ids = new Set(await db.snippets.toCollection().primaryKeys());
  const shortcuts = new Set((await db.snippets.orderBy('shortcut').keys()).map(String));
  return entries.filter(
    (entry) => (entry.id !== undefined && ids.has(entry.id)) || (entry.shortcut !== undefined && shortcuts.has(entry.shortcut)),
  ).length;
}

const MIME: Record<SnippetFileFormat, string> = { json: 'application/json', csv: 'text/csv;charset=utf-8' };

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export async function backupFile(db: RapiDb, format: SnippetFileFormat, now: Date = new Date()) {
  const text = serializeSnippets(await exportAllSnippets(db), format, now);
  return { text, name: `rapi-snippet-${localDate(now)}.${format}`, type: MIME[format] };
}

/** Saves text as a download through a Blob URL; nothing leaves the device. */
export function download({ text, name, type }: { text: string; name: string; type: string }): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox starts the download after the click returns: revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
