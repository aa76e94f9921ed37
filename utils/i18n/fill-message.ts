/**
 * Filling one locale entry, for code that must stay small (the content script):
 * it imports the entries it shows by name (`import { popover_title } from
 * '…/id/messages.json'`; the bundler keeps only those) instead of `t`, whose module
 * carries both whole catalogues and zod (about 116 KB gzipped on its own).
 * The same rules as `formatMessage` in translate.ts; a test keeps the two equal.
 */
export interface LocaleEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Chrome's rules: `$NAME$` names a placeholder whose content may use `$1`…`$9`; `$$` is a dollar sign. */
export function fillMessage(entry: LocaleEntry, ...substitutions: string[]): string {
  const named = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole,
  );
  return named.replace(/\$(\$|[1-9])/g, (_whole, which: string) => (which === '$' ? '$' : (substitutions[Number(which) - 1] ?? '')));
}
