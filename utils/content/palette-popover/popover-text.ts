/**
 * The popover's words, picked entry by entry from the locale files so the content
 * script carries only these (see utils/i18n/fill-message.ts).
 */
import {
  popover_back as idBack,
  popover_count as idCount,
  popover_empty as idEmpty,
  popover_failed as idFailed,
  popover_fill_title as idFillTitle,
  popover_hint as idHint,
  popover_insert as idInsert,
  popover_manage as idManage,
  popover_results as idResults,
  popover_search_label as idSearchLabel,
  popover_search_placeholder as idPlaceholder,
  popover_title as idTitle,
  popover_unavailable as idUnavailable,
} from '../../../public/_locales/id/messages.json';
import {
  popover_back as enBack,
  popover_count as enCount,
  popover_empty as enEmpty,
  popover_failed as enFailed,
  popover_fill_title as enFillTitle,
  popover_hint as enHint,
  popover_insert as enInsert,
  popover_manage as enManage,
  popover_results as enResults,
  popover_search_label as enSearchLabel,
  popover_search_placeholder as enPlaceholder,
  popover_title as enTitle,
  popover_unavailable as enUnavailable,
} from '../../../public/_locales/en/messages.json';
import { fillMessage, type LocaleEntry } from '../../i18n/fill-message';
import type { Language } from '../../i18n/translate';

const TEXT = {
  id: {
    back: idBack,
    count: idCount,
    empty: idEmpty,
    failed: idFailed,
    fillTitle: idFillTitle,
    hint: idHint,
    insert: idInsert,
    manage: idManage,
    results: idResults,
    searchLabel: idSearchLabel,
    placeholder: idPlaceholder,
    title: idTitle,
    unavailable: idUnavailable,
  },
  en: {
    back: enBack,
    count: enCount,
    empty: enEmpty,
    failed: enFailed,
    fillTitle: enFillTitle,
    hint: enHint,
    insert: enInsert,
    manage: enManage,
    results: enResults,
    searchLabel: enSearchLabel,
    placeholder: enPlaceholder,
    title: enTitle,
    unavailable: enUnavailable,
  },
} satisfies Record<Language, Record<string, LocaleEntry>>;

export type PopoverTextKey = keyof (typeof TEXT)['id'];

export function popoverText(language: Language, key: PopoverTextKey, ...substitutions: string[]): string {
  return fillMessage((TEXT[language] ?? TEXT.id)[key], ...substitutions);
}
