/**
 * The palette glue's own words (why a snippet was not inserted), picked entry by entry
 * from the locale files so the content script carries only these (utils/i18n/fill-message.ts).
 */
import {
  notice_not_accepted as idNotAccepted,
  notice_too_long as idTooLong,
  palette_missing_variables as idMissing,
  palette_no_field as idNoField,
} from '../../public/_locales/id/messages.json';
import {
  notice_not_accepted as enNotAccepted,
  notice_too_long as enTooLong,
  palette_missing_variables as enMissing,
  palette_no_field as enNoField,
} from '../../public/_locales/en/messages.json';
import { fillMessage, type LocaleEntry } from '../i18n/fill-message';
import type { Language } from '../i18n/translate';

const TEXT = {
  id: { notAccepted: idNotAccepted, tooLong: idTooLong, missing: idMissing, noField: idNoField },
  en: { notAccepted: enNotAccepted, tooLong: enTooLong, missing: enMissing, noField: enNoField },
} satisfies Record<Language, Record<string, LocaleEntry>>;

export type PaletteTextKey = keyof (typeof TEXT)['id'];

export function paletteText(language: Language, key: PaletteTextKey, ...substitutions: string[]): string {
  return fillMessage((TEXT[language] ?? TEXT.id)[key], ...substitutions);
}
