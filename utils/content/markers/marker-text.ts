/**
 * The markers' words, picked entry by entry from the locale files so the content
 * script carries only these (see utils/i18n/fill-message.ts).
 */
import {
  field_description as idDescription,
  field_priceIdr as idPrice,
  field_stock as idStock,
  field_title as idTitle,
  field_weightGrams as idWeight,
  marker_no_problems as idNone,
  marker_problem_one as idOne,
  marker_problems as idMany,
  marker_severity_error as idError,
  marker_severity_tip as idTip,
  marker_severity_warning as idWarning,
} from '../../../public/_locales/id/messages.json';
import {
  field_description as enDescription,
  field_priceIdr as enPrice,
  field_stock as enStock,
  field_title as enTitle,
  field_weightGrams as enWeight,
  marker_no_problems as enNone,
  marker_problem_one as enOne,
  marker_problems as enMany,
  marker_severity_error as enError,
  marker_severity_tip as enTip,
  marker_severity_warning as enWarning,
} from '../../../public/_locales/en/messages.json';
import type { Language } from '../../i18n/translate';
import { fillMessage } from '../../i18n/fill-message';
import type { TextField } from '../../marketplaces/editor/types';
import type { Severity } from '../../quality/severity';

const TEXT = {
  id: {
    fields: { title: idTitle, description: idDescription, priceIdr: idPrice, stock: idStock, weightGrams: idWeight },
    severities: { error: idError, warning: idWarning, tip: idTip },
    none: idNone,
    one: idOne,
    many: idMany,
  },
  en: {
    fields: { title: enTitle, description: enDescription, priceIdr: enPrice, stock: enStock, weightGrams: enWeight },
    severities: { error: enError, warning: enWarning, tip: enTip },
    none: enNone,
    one: enOne,
    many: enMany,
  },
} as const;

/** "Judul: 2 masalah, terberat: peringatan — buka di panel Rapi": the marker button's accessible name. */
export function markerName(language: Language, field: TextField, count: number, worst: Severity | null): string {
  const text = TEXT[language] ?? TEXT.id;
  const name = fillMessage(text.fields[field]);
  if (count <= 0 || worst === null) return fillMessage(text.none, name);
  const severity = fillMessage(text.severities[worst]);
  return count === 1 ? fillMessage(text.one, name, severity) : fillMessage(text.many, name, String(count), severity);
}
