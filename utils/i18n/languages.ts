/**
 * Rapi's languages, without zod or the catalogues: the content script imports these
 * (through the settings) and must stay small (issue 15: 50 KB gzipped).
 */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'id';
