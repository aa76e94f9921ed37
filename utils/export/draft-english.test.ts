import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromeTranslator } from './chrome-translator';
import { draftEnglish, draftWithGlossary, repairCraftTerms } from './draft-english';
import type { TranslatorApi, TranslatorAvailability } from './translator-types';

const LISTING = {
  title: 'Kemeja Batik Tulis Pria Tenun Ikat',
  description: 'Batik tulis asli.\n\nCuci tangan saja.',
};

/** Word by word, the way a general translator renders craft names: "batik tulis" → "written batik". */
const NAIVE: Record<string, string> = {
  kemeja: 'shirt',
  batik: 'batik',
  tulis: 'written',
  pria: "men's",
  tenun: 'weaving',
  ikat: 'tied',
  asli: 'original',
  cuci: 'wash',
  tangan: 'hand',
  saja: 'only',
};
function naiveTranslate(text: string): string {
  // "batik tulis" → "written batik", "tenun ikat" → "tied weaving": adjective first, as English puts it.
  return text
    .replace(/\bbatik tulis\b/gi, 'written batik')
    .replace(/\btenun ikat\b/gi, 'tied weaving')
    .replace(/[\p{L}]+/gu, (word) => NAIVE[word.toLowerCase()] ?? word);
}

function standIn(state: TranslatorAvailability, translate: (text: string) => Promise<string> = async (t) => naiveTranslate(t)) {
  const destroy = vi.fn();
  const session = { translate: vi.fn(translate), destroy };
  const api: TranslatorApi = {
    availability: vi.fn(async () => state),
    create: vi.fn(async () => session),
  };
  return { api, session, destroy };
}

afterEach(() => {
  delete (globalThis as { Translator?: unknown }).Translator;
});

describe('draftEnglish', () => {
  it('uses the translator when it says "available", with craft names kept through the glossary', async () => {
    const { api, session, destroy } = standIn('available');
    const draft = await draftEnglish(LISTING, { translator: api });
    expect(draft.path).toBe('translator');
    expect(draft.fallback).toBeUndefined();
    expect(api.availability).toHaveBeenCalledWith({ sourceLanguage: 'id', targetLanguage: 'en' });
    expect(draft.title).toBe("shirt Hand-Drawn Batik men's Ikat Weaving");
    expect(draft.title).not.toMatch(/written|tied/i);
    // Line by line: the empty line is kept, never sent.
    expect(draft.description).toBe('Hand-drawn batik original.\n\nwash hand only.');
    expect(session.translate).not.toHaveBeenCalledWith('');
    // The translator never saw the craft names, only placeholders.
    for (const [text] of session.translate.mock.calls) expect(text).not.toMatch(/batik tulis|tenun ikat/i);
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('repairs a mangled craft name the placeholders missed ("batik-tulis" with a hyphen)', async () => {
    const { api } = standIn('available', async () => 'Men’s written batik shirt, stamp batik and tied weaving');
    const draft = await draftEnglish({ title: 'Kemeja batik-tulis pria' }, { translator: api });
    expect(draft.title).toBe('Men’s hand-drawn batik shirt, stamped batik and ikat weaving');
  });

  it.each<TranslatorAvailability>(['unavailable', 'downloadable', 'downloading'])(
    'falls back to the glossary when the translator is "%s", and never creates one',
    async (state) => {
      const { api } = standIn(state);
      const draft = await draftEnglish(LISTING, { translator: api });
      expect(draft.path).toBe('glossary');
      expect(draft.fallback).toBe(state);
      expect(api.create).not.toHaveBeenCalled();
      expect(draft.title).toBe("Shirt Hand-Drawn Batik Men's Ikat Weaving");
    },
  );

  it('falls back to the glossary without any API (Firefox), and says so', async () => {
    const draft = await draftEnglish(LISTING);
    expect(draft).toMatchObject({ path: 'glossary', fallback: 'no-api' });
    expect(draft.description).toBe('Hand-drawn batik authentic.\n\nHand wash [saja].');
    expect(draft.untranslated).toEqual(['saja']);
  });

  it('falls back to the glossary, saying the translator failed, when translate throws', async () => {
    const { api, destroy } = standIn('available', async () => {
      throw new Error('model crashed');
    });
    const draft = await draftEnglish(LISTING, { translator: api });
    expect(draft).toMatchObject({ path: 'glossary', fallback: 'failed' });
    expect(draft.title).toContain('Hand-Drawn Batik');
    expect(destroy).toHaveBeenCalledOnce();
  });

  it('falls back when availability or create throws, or the translator drops a placeholder', async () => {
    const broken: TranslatorApi = {
      availability: async () => {
        throw new Error('no');
      },
      create: async () => {
        throw new Error('no');
      },
    };
    expect((await draftEnglish(LISTING, { translator: broken })).fallback).toBe('failed');
    const creating = { ...standIn('available').api, create: vi.fn(async () => Promise.reject(new Error('quota'))) };
    expect((await draftEnglish(LISTING, { translator: creating })).fallback).toBe('failed');
    const { api } = standIn('available', async () => 'a shirt');
    expect((await draftEnglish(LISTING, { translator: api })).fallback).toBe('failed');
  });

  it('makes no network request on either path', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    await draftEnglish(LISTING, { translator: standIn('available').api });
    await draftEnglish(LISTING);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('draftWithGlossary and repairs', () => {
  it('merges the untranslated words of title and description once each', () => {
    expect(draftWithGlossary({ title: 'Kemeja Pamor', description: 'pamor halus' }).untranslated).toEqual(['Pamor']);
  });

  it('leaves good English alone', () => {
    expect(repairCraftTerms('A hand-written note with stamped batik')).toBe('A hand-written note with stamped batik');
  });
});

describe('chromeTranslator', () => {
  it('returns the global Translator when it has availability and create, else null', () => {
    expect(chromeTranslator()).toBeNull();
    const api = standIn('available').api;
    (globalThis as { Translator?: unknown }).Translator = api;
    expect(chromeTranslator()).toBe(api);
    expect(chromeTranslator({ Translator: { availability: () => 'available' } })).toBeNull();
    expect(chromeTranslator({ Translator: null })).toBeNull();
    expect(chromeTranslator(null)).toBeNull();
  });
});
