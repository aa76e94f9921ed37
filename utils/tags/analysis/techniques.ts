/**
 * Which techniques a listing really claims. A technique is never upgraded: "seperti tulis",
 * "semi tulis" and "motif tulis" are not tulis; any printing word in a listing naming a craft
 * that has a printed imitation (batik) makes it that print, and then none of the craft's own
 * techniques (tulis, cap, kombinasi) is given, whatever else it says. Which craft has a print and
 * which techniques combine into another are data in the knowledge (`printOf`, `combines`).
 */
import type { TagIndex } from '../compile/build-index';
import { BARE_TECHNIQUE_WINDOW } from '../knowledge/techniques';
import type { LexiconEntry } from '../knowledge/types';
import type { FieldText, Mention } from './types';

export interface Techniques {
  /** Accepted technique mentions, bare "tulis"/"cap" already turned into batik-tulis/batik-cap. */
  accepted: Mention[];
  printing?: Mention;
  /** The craft the listing prints (its own entry is not named then: a batik print is not batik). */
  printedCraft?: string;
}

type Print = LexiconEntry & { printOf: string };
interface Knowledge {
  /** Print entries, each with the craft it imitates. */
  prints: Print[];
  combos: LexiconEntry[];
}
const knowledgeOf = new WeakMap<TagIndex, Knowledge>();
function knowledge(index: TagIndex): Knowledge {
  let known = knowledgeOf.get(index);
  if (!known) {
    const entries = [...index.entries.values()];
    known = {
      prints: entries.filter((entry): entry is Print => entry.printOf !== undefined),
      // Stryker disable next-line MethodExpression: an entry with no parts combines nothing, so keeping every entry changes nothing
      combos: entries.filter((entry) => entry.combines?.length),
    };
    knowledgeOf.set(index, known);
  }
  return known;
}

const entryId = (mention: Mention) => (mention.ref.type === 'entry' ? mention.ref.entry.id : undefined);

export function resolveTechniques(fields: FieldText[], mentions: Mention[], index: TagIndex): Techniques {
  const keysOf = new Map(fields.map((field) => [field.field, field.keys]));
  // Stryker disable next-line StringLiteral,OptionalChaining: every mention's field is among the fields; any non-word reads the same at its start
  const before = (mention: Mention, set: ReadonlySet<string>) => set.has(keysOf.get(mention.field)?.[mention.from - 1] ?? '');
  const { negations, comparisons, vague } = index.words;
  const denied = (mention: Mention) => before(mention, negations) || before(mention, comparisons);
  const hedged = (mention: Mention) => denied(mention) || before(mention, vague);
  // Stryker disable next-line StringLiteral: no entry has the id "" or any other stand-in
  const under = (id: string | undefined, craft: string) => index.lineage.get(id ?? '')?.has(craft) ?? false;
  const { prints } = knowledge(index);
  const isPrint = (id: string | undefined) => prints.some((print) => print.id === id);
  /** The print whose craft a technique belongs to (batik-tulis → batik printing). */
  const printFor = (id: string) => prints.find((print) => print.id !== id && under(id, print.printOf));
  const craftWords = (print: Print) => mentions.filter((m) => under(entryId(m), print.printOf) || entryId(m) === print.id);

  let printed: { mention: Mention; print: Print } | undefined;
  for (const print of prints) {
    const named = craftWords(print).length > 0;
    const mention = mentions.find(
      (m) => !denied(m) && (entryId(m) === print.id || (m.ref.type === 'signal' && m.ref.signal === 'printing' && named)),
    );
    if (mention) {
      printed = { mention, print };
      break;
    }
  }

  const claims: Mention[] = [];
  const others: Mention[] = [];
  for (const mention of mentions) {
    if (mention.ref.type === 'bare-technique') {
      const entry = index.entries.get(mention.ref.technique);
      const print = entry && printFor(entry.id);
      const afterCraft = print
        ? craftWords(print).some(
            (b) => b.field === mention.field && b.from < mention.from && mention.from - b.from <= BARE_TECHNIQUE_WINDOW,
          )
        : false;
      if (afterCraft && entry && !hedged(mention)) claims.push({ ...mention, ref: { type: 'entry', entry } });
      continue;
    }
    if (mention.ref.type !== 'entry' || mention.ref.entry.kind !== 'technique' || isPrint(mention.ref.entry.id)) continue;
    if (hedged(mention)) continue;
    (printFor(mention.ref.entry.id) ? claims : others).push(mention);
  }
  if (printed) {
    const craft = printed.print.printOf;
    const kept = combine(
      claims.filter((m) => !under(entryId(m), craft)),
      index,
    );
    return {
      accepted: [...others, ...kept, { ...printed.mention, ref: { type: 'entry', entry: printed.print } }],
      printing: printed.mention,
      printedCraft: craft,
    };
  }
  return { accepted: [...others, ...combine(claims, index)] };
}

/** All parts claimed is the combination (tulis and cap: kombinasi); the combination claimed is none of its parts alone. */
function combine(claims: Mention[], index: TagIndex): Mention[] {
  const ids = new Set(claims.map((m) => entryId(m)));
  let result = claims;
  for (const combo of knowledge(index).combos) {
    const parts = new Set(combo.combines);
    // Stryker disable next-line StringLiteral: claims are entries, so entryId is never undefined here
    if (ids.has(combo.id)) result = result.filter((m) => !parts.has(entryId(m) ?? ''));
    else if ([...parts].every((part) => ids.has(part)))
      result = result.map((m) => (parts.has(entryId(m) ?? '') ? { ...m, ref: { type: 'entry' as const, entry: combo } } : m));
  }
  return result;
}
