/**
 * `draftEnglish`: an English title and description for buyers abroad, made on the device. With
 * Chrome's Translator API ready ('available'), the machine translates, with craft and food names
 * masked before and repaired after, so "batik tulis" stays "hand-drawn batik". Anything else
 * (no API as in Firefox, the model not downloaded, an error) gives the glossary draft, which says
 * what it could not translate. Never a network request: the glossary is data in the bundle, and
 * Chrome's model runs locally. `create` is only called for 'available', which needs no download
 * and so no user gesture.
 */
import { glossaryDraft, maskTerms, unmaskTerms } from './glossary-draft';
import { REPAIRS } from './glossary';
import type { TranslatorApi, TranslatorAvailability, TranslatorSession } from './translator-types';

export type DraftPath = 'translator' | 'glossary';
/** Why the glossary was used: the translator's own state, no API at all, or a translator that failed. */
export type FallbackReason = Exclude<TranslatorAvailability, 'available'> | 'no-api' | 'failed';

export interface DraftSource {
  title: string;
  description?: string;
}

export interface EnglishDraft {
  title: string;
  description: string;
  path: DraftPath;
  /** Indonesian words left for the seller (glossary path only), as written. */
  untranslated: string[];
  /** Set when the glossary stood in for the translator. */
  fallback?: FallbackReason;
}

export interface DraftOptions {
  translator?: TranslatorApi | null;
}

const LANGUAGES = { sourceLanguage: 'id', targetLanguage: 'en' } as const;

/** The glossary path alone, synchronous: what Firefox gets, and what the bench times. */
export function draftWithGlossary(source: DraftSource, fallback?: FallbackReason): EnglishDraft {
  const title = glossaryDraft(source.title);
  const description = glossaryDraft(source.description ?? '');
  const untranslated: string[] = [];
  const seen = new Set<string>();
  for (const word of [...title.untranslated, ...description.untranslated]) {
    if (!seen.has(word.toLowerCase())) untranslated.push(word);
    seen.add(word.toLowerCase());
  }
  const draft: EnglishDraft = { title: title.text, description: description.text, path: 'glossary', untranslated };
  if (fallback) draft.fallback = fallback;
  return draft;
}

export function repairCraftTerms(text: string): string {
  return REPAIRS.reduce((out, [pattern, english]) => out.replace(pattern, english), text);
}

/** One field through the translator, line by line so the description keeps its layout. */
async function translateField(session: TranslatorSession, text: string): Promise<string> {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      out.push(line);
      continue;
    }
    const masked = maskTerms(line);
    const translated = await session.translate(masked.text);
    if (typeof translated !== 'string') throw new Error('translator returned no text');
    const restored = unmaskTerms(translated, masked.terms);
    if (restored === null) throw new Error('translator lost a protected term');
    out.push(repairCraftTerms(restored));
  }
  return out.join('\n');
}

async function availabilityOf(translator: TranslatorApi): Promise<TranslatorAvailability | 'failed'> {
  try {
    return await translator.availability(LANGUAGES);
  } catch {
    return 'failed';
  }
}

export async function draftEnglish(source: DraftSource, options: DraftOptions = {}): Promise<EnglishDraft> {
  const { translator } = options;
  if (!translator) return draftWithGlossary(source, 'no-api');
  const availability = await availabilityOf(translator);
  if (availability !== 'available') return draftWithGlossary(source, availability);
  let session: TranslatorSession | undefined;
  try {
    session = await translator.create(LANGUAGES);
    const title = await translateField(session, source.title);
    const description = await translateField(session, source.description ?? '');
    return { title, description, path: 'translator', untranslated: [] };
  } catch {
    return draftWithGlossary(source, 'failed');
  } finally {
    try {
      session?.destroy?.();
    } catch {
      // A session that cannot be destroyed is garbage-collected with the page.
    }
  }
}
