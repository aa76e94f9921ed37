/**
 * Compiles the knowledge files into one lookup structure, once per page: a phrase matcher over
 * every lexicon term, place name and signal phrase. buildIndex() is exported so the benchmark can
 * time it from cold.
 */
import { CRAFTS } from '../knowledge/crafts';
import { FOODS } from '../knowledge/foods';
import { GEOGRAPHICAL_INDICATIONS } from '../knowledge/geographical-indications';
import { GOODS } from '../knowledge/goods';
import { INSTRUMENTS } from '../knowledge/instruments';
import { IMITATION_WORDS, MATERIALS } from '../knowledge/materials';
import {
  ACCESSORY_WORDS,
  COLOUR_NAMES,
  FIT_WORDS,
  FOOD_CONTEXT_WORDS,
  NOT_ACCESSORY_WORDS,
  PACKAGING_WORDS,
  PART_WORDS,
  SMALL_BUSINESS_TERMS,
  UTENSIL_MATERIALS,
} from '../knowledge/context-words';
import {
  FEATURE_PHRASES,
  FOREIGN_SOURCE_CITIES,
  MASKING_PHRASES,
  PLACE_FLAVOUR_WORDS,
  PLACE_PREFIXES,
  PLACE_PRINT_WORDS,
  SHIPPING_WORDS,
  TRADING_CITIES,
} from '../knowledge/place-words';
import {
  BARE_BATIK_TECHNIQUE,
  COLOUR_WORDS,
  COMPARISONS,
  FLAVOUR_WORDS,
  HANDMADE_TERMS,
  LOCAL_CLAIM_TERMS,
  NEGATIONS,
  PRINTING_TERMS,
  TECHNIQUES,
  VAGUE,
} from '../knowledge/techniques';
import type { LexiconEntry } from '../knowledge/types';
import { memoizedNormalizeWord } from '../text/fold';
import { createPhraseMatcher, type PhraseMatcher } from '../text/phrase-matcher';
import { phraseKeys, type KeyOf } from '../text/tokenize';
import { ORIGIN_TRIGGERS } from '../text/origin-patterns';
import { buildGazetteer, placeId, type Gazetteer, type Place } from './gazetteer';
import { createKeyOf } from './key-of';

export type Ref =
  | { type: 'entry'; entry: LexiconEntry }
  | { type: 'place'; place: Place }
  | { type: 'signal'; signal: 'printing' | 'handmade' | 'local-claim' | 'foreign-city' | 'small-business' }
  | { type: 'bare-technique'; technique: 'batik-tulis' | 'batik-cap' }
  /** A word only an indication uses ("nitik"), as "term:nitik". */
  | { type: 'term'; id: string }
  /** A phrase whose words mean something else ("pisang ambon", "honey process"). */
  | { type: 'ignore' };

export interface TagIndex {
  keyOf: KeyOf;
  matcher: PhraseMatcher<Ref>;
  entries: Map<string, LexiconEntry>;
  /** An entry id with all its ancestors ("kopi-arabika" → kopi-arabika, kopi). */
  lineage: Map<string, ReadonlySet<string>>;
  gazetteer: Gazetteer;
  /** Place ids of the big trading cities (knowledge/place-words.ts). */
  tradingCities: ReadonlySet<string>;
  words: Record<
    | 'negations'
    | 'comparisons'
    | 'vague'
    | 'flavour'
    | 'colour'
    | 'placePrefixes'
    | 'shipping'
    | 'imitation'
    | 'accessory'
    | 'notAccessory'
    | 'part'
    | 'fit'
    | 'colourNames'
    | 'foodContext'
    | 'placeFlavour'
    | 'placePrint'
    | 'utensil'
    | 'packaging',
    ReadonlySet<string>
  >;
}

export const LEXICON: readonly LexiconEntry[] = [...CRAFTS, ...INSTRUMENTS, ...TECHNIQUES, ...MATERIALS, ...FOODS, ...GOODS];
// Stryker disable next-line all: a table built once at import, a static mutant (see ignoreStatic in stryker.config.mjs); pinned by the "nitik" examples in build-index.test.ts
const GI_TERMS = [...new Set(GEOGRAPHICAL_INDICATIONS.flatMap((gi) => gi.requires.flat().filter((id) => id.startsWith('term:'))))];
export function buildIndex(): TagIndex {
  const normalizeWord = memoizedNormalizeWord();
  const keySet = (words: readonly string[]) => new Set(words.map(normalizeWord));
  const gazetteer = buildGazetteer(normalizeWord, LEXICON);
  const signalPhrases = [
    ...PRINTING_TERMS,
    ...HANDMADE_TERMS,
    ...LOCAL_CLAIM_TERMS,
    ...ORIGIN_TRIGGERS,
    ...NEGATIONS,
    ...COMPARISONS,
    ...VAGUE,
    ...SHIPPING_WORDS,
    ...IMITATION_WORDS,
    ...MASKING_PHRASES,
    ...FEATURE_PHRASES,
    ...FOREIGN_SOURCE_CITIES,
    ...GI_TERMS.map((id) => id.slice('term:'.length)),
    ...SMALL_BUSINESS_TERMS,
    ...ACCESSORY_WORDS,
    ...PART_WORDS,
    ...FIT_WORDS,
    ...PLACE_FLAVOUR_WORDS,
    ...PLACE_PRINT_WORDS,
    ...UTENSIL_MATERIALS,
    ...PACKAGING_WORDS,
  ];
  const vocabulary = new Set(
    // Stryker disable next-line Regex: splitting on each single space can only add an empty word, and no token is empty
    [...LEXICON.flatMap((entry) => entry.terms), ...signalPhrases].flatMap((phrase) => phrase.split(/\s+/)).map(normalizeWord),
  );
  const placeWords = new Set([...gazetteer.byTerm.keys()].flatMap((term) => term.split(' ')));
  const keyOf = createKeyOf(vocabulary, placeWords);
  const matcher = createPhraseMatcher<Ref>();
  // Every word of these phrases is in the vocabulary, where keyOf never stems: plain keys are the same, and cheaper.
  const add = (phrase: string, ref: Ref) => matcher.add(phraseKeys(phrase, normalizeWord), ref);

  for (const entry of LEXICON) for (const term of entry.terms) add(term, { type: 'entry', entry });
  for (const [term, place] of gazetteer.byTerm) matcher.add(term.split(' '), { type: 'place', place });
  for (const phrase of PRINTING_TERMS) add(phrase, { type: 'signal', signal: 'printing' });
  for (const phrase of HANDMADE_TERMS) add(phrase, { type: 'signal', signal: 'handmade' });
  for (const phrase of LOCAL_CLAIM_TERMS) add(phrase, { type: 'signal', signal: 'local-claim' });
  for (const phrase of FOREIGN_SOURCE_CITIES) add(phrase, { type: 'signal', signal: 'foreign-city' });
  for (const [word, technique] of Object.entries(BARE_BATIK_TECHNIQUE)) add(word, { type: 'bare-technique', technique });
  for (const id of GI_TERMS) add(id.slice('term:'.length), { type: 'term', id });
  for (const phrase of SMALL_BUSINESS_TERMS) add(phrase, { type: 'signal', signal: 'small-business' });
  for (const phrase of [...MASKING_PHRASES, ...FEATURE_PHRASES]) add(phrase, { type: 'ignore' });

  const entries = new Map(LEXICON.map((entry) => [entry.id, entry]));
  return {
    keyOf,
    matcher,
    entries,
    lineage: lineageOf(entries),
    gazetteer,
    tradingCities: new Set(TRADING_CITIES.map((name) => placeId(name))),
    words: {
      negations: keySet(NEGATIONS),
      comparisons: keySet(COMPARISONS),
      vague: keySet(VAGUE),
      flavour: keySet(FLAVOUR_WORDS),
      colour: keySet(COLOUR_WORDS),
      placePrefixes: keySet(PLACE_PREFIXES),
      shipping: keySet(SHIPPING_WORDS),
      imitation: keySet(IMITATION_WORDS),
      accessory: keySet(ACCESSORY_WORDS),
      notAccessory: keySet(NOT_ACCESSORY_WORDS),
      part: keySet(PART_WORDS),
      fit: keySet(FIT_WORDS),
      colourNames: new Set(COLOUR_NAMES.flatMap((name) => phraseKeys(name, normalizeWord))),
      foodContext: keySet(FOOD_CONTEXT_WORDS),
      placeFlavour: keySet(PLACE_FLAVOUR_WORDS),
      placePrint: keySet(PLACE_PRINT_WORDS),
      utensil: keySet(UTENSIL_MATERIALS),
      packaging: keySet(PACKAGING_WORDS),
    },
  };
}

function lineageOf(entries: Map<string, LexiconEntry>): Map<string, ReadonlySet<string>> {
  const lineage = new Map<string, Set<string>>();
  const visit = (id: string): Set<string> => {
    const known = lineage.get(id);
    if (known) return known;
    const set = new Set([id]);
    lineage.set(id, set);
    // Stryker disable next-line OptionalChaining: every parent is an entry (knowledge.test.ts checks), so the lookup never misses
    for (const parent of entries.get(id)?.parents ?? []) for (const ancestor of visit(parent)) set.add(ancestor);
    return set;
  };
  for (const id of entries.keys()) visit(id);
  return lineage;
}

let shared: TagIndex | undefined;
/** The index for this page, built on first use. */
export function getIndex(): TagIndex {
  return (shared ??= buildIndex());
}
