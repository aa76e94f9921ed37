/**
 * Where a chosen tag goes in the listing's text. Hashtags gather on the
 * description's last line (extending it when it already holds only hashtags); a
 * keyword goes at the end of the title. A tag already there is not added twice.
 */
const TAG_LINE = /^(#[\p{L}\p{N}_]+\s*)+$/u;

export function appendTag(text: string, insert: string, field: 'title' | 'description'): string {
  const escaped = insert.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(^|[\\s,.(])${escaped}($|[\\s,.)])`, 'iu').test(text)) return text;
  const trimmed = text.replace(/\s+$/u, '');
  if (field === 'title') return trimmed ? `${trimmed} ${insert}` : insert;
  if (!trimmed) return insert;
  const lastLine = trimmed.slice(trimmed.lastIndexOf('\n') + 1);
  return TAG_LINE.test(lastLine) ? `${trimmed} ${insert}` : `${trimmed}\n\n${insert}`;
}
