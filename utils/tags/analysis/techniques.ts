/**
 * Which techniques a listing really claims. A technique is never upgraded: "seperti tulis",
 * "semi tulis" and "motif tulis" are not tulis; any printing word in a batik listing makes it a
 * printed pattern, and then no tulis, cap or kombinasi tag is given, whatever else it says.
 */
import type { TagIndex } from '../compile/build-index';
import { BARE_TECHNIQUE_WINDOW } from '../knowledge/techniques';
import type { FieldText, Mention } from './types';

const BATIK_CLAIMS = new Set(['batik-tulis', 'batik-cap', 'batik-kombinasi']);

export interface Techniques {
  /** Accepted technique mentions, bare "tulis"/"cap" already turned into batik-tulis/batik-cap. */
  accepted: Mention[];
  printing?: Mention;
}

const entryId = (mention: Mention) => (mention.ref.type === 'entry' ? mention.ref.entry.id : undefined);

export function resolveTechniques(fields: FieldText[], mentions: Mention[], index: TagIndex): Techniques {
  const keysOf = new Map(fields.map((field) => [field.field, field.keys]));
  const before = (mention: Mention, set: ReadonlySet<string>) => set.has(keysOf.get(mention.field)?.[mention.from - 1] ?? '');
  const { negations, comparisons, vague } = index.words;
  const denied = (mention: Mention) => before(mention, negations) || before(mention, comparisons);
  const hedged = (mention: Mention) => denied(mention) || before(mention, vague);

  const batikWords = mentions.filter((m) => index.lineage.get(entryId(m) ?? '')?.has('batik') || entryId(m) === 'batik-printing');
  const printing = mentions.find(
    (m) => !denied(m) && (entryId(m) === 'batik-printing' || (m.ref.type === 'signal' && m.ref.signal === 'printing' && batikWords.length > 0)),
  );

  const claims: Mention[] = [];
  const others: Mention[] = [];
  for (const mention of mentions) {
    if (mention.ref.type === 'bare-technique') {
      const afterBatik = batikWords.some((b) => b.field === mention.field && b.from < mention.from && mention.from - b.from <= BARE_TECHNIQUE_WINDOW);
      const entry = index.entries.get(mention.ref.technique);
      if (afterBatik && entry && !hedged(mention)) claims.push({ ...mention, ref: { type: 'entry', entry } });
      continue;
    }
    if (mention.ref.type !== 'entry' || mention.ref.entry.kind !== 'technique' || mention.ref.entry.id === 'batik-printing') continue;
    if (hedged(mention)) continue;
    (BATIK_CLAIMS.has(mention.ref.entry.id) ? claims : others).push(mention);
  }
  if (printing) return { accepted: [...others, { ...printing, ref: { type: 'entry', entry: index.entries.get('batik-printing')! } }], printing };
  return { accepted: [...others, ...combine(claims, index)] };
}

/** Tulis and cap both claimed is kombinasi; kombinasi claimed is neither tulis nor cap alone. */
function combine(claims: Mention[], index: TagIndex): Mention[] {
  const ids = new Set(claims.map((m) => entryId(m)));
  if (ids.has('batik-kombinasi')) return claims.filter((m) => entryId(m) === 'batik-kombinasi');
  if (!(ids.has('batik-tulis') && ids.has('batik-cap'))) return claims;
  const entry = index.entries.get('batik-kombinasi')!;
  return claims.map((m) => ({ ...m, ref: { type: 'entry' as const, entry } }));
}
