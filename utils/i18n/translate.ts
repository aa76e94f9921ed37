/**
 * Translation that follows the user's choice of language, not the browser's.
 * `browser.i18n` always answers in the browser UI language, but most Indonesian
 * sellers run Chrome in English and should still get Indonesian by default, so the
 * same `_locales` files are bundled and looked up here. Pure: no browser access.
 */
import { z } from 'zod';
import idMessages from '../../public/_locales/id/messages.json';
import enMessages from '../../public/_locales/en/messages.json';

import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './languages';

export { DEFAULT_LANGUAGE, LANGUAGES, type Language };
export const LanguageSchema = z.enum(LANGUAGES);

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, ChromeMessage>;

/** Keys come from the Indonesian file: Indonesian is the reference locale. */
export type MessageKey = keyof typeof idMessages;

const CATALOGUES: Record<Language, Catalogue> = { id: idMessages, en: enMessages };

/** Chrome's own rules: `$NAME$` names a placeholder whose content may use `$1`…`$9`; `$$` is a dollar sign. */
export function formatMessage(entry: ChromeMessage, substitutions: readonly string[]): string {
  const withPlaceholders = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders?.[name.toLowerCase()];
    return placeholder ? placeholder.content : whole;
  });
  return withPlaceholders.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

export function t(language: Language, key: MessageKey, ...substitutions: string[]): string {
  const entry = CATALOGUES[language][key] ?? CATALOGUES[DEFAULT_LANGUAGE][key];
  return entry ? formatMessage(entry, substitutions) : key;
}

export function catalogue(language: Language): Readonly<Catalogue> {
  return CATALOGUES[language];
}
