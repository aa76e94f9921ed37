/**
 * The part of Chrome's on-device Translator API (Chrome 138+, `Translator` global) that Rapi uses,
 * typed minimally so a test can pass a stand-in and Firefox, which has none, passes nothing.
 * https://developer.chrome.com/docs/ai/translator-api
 */
export type TranslatorAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface TranslatorLanguages {
  sourceLanguage: string;
  targetLanguage: string;
}

export interface TranslatorSession {
  translate(text: string): Promise<string>;
  destroy?(): void;
}

export interface TranslatorApi {
  availability(languages: TranslatorLanguages): Promise<TranslatorAvailability>;
  create(languages: TranslatorLanguages): Promise<TranslatorSession>;
}
