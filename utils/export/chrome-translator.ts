/**
 * The browser's own Translator (Chrome 138+), when there is one: feature-detected, never assumed.
 * Firefox and older Chrome have none, and the draft then comes from the glossary. Only the shape
 * `draftEnglish` calls is checked; nothing is downloaded or created here.
 */
import type { TranslatorApi } from './translator-types';

export function chromeTranslator(scope: unknown = globalThis): TranslatorApi | null {
  const candidate = (scope as { Translator?: unknown } | null | undefined)?.Translator;
  if (candidate === null || (typeof candidate !== 'object' && typeof candidate !== 'function')) return null;
  const api = candidate as Partial<TranslatorApi>;
  return typeof api.availability === 'function' && typeof api.create === 'function' ? (api as TranslatorApi) : null;
}
