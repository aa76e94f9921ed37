export { t, formatMessage, catalogue, LANGUAGES, LanguageSchema, DEFAULT_LANGUAGE } from './translate';
export type { Language, MessageKey } from './translate';
export { marketplaceName, pageKindName } from './labels';
