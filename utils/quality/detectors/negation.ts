/**
 * "Bukan KW", "100% original, bukan replika", "tidak untuk menyembuhkan penyakit": a claim
 * the seller denies is the opposite of the claim. Looks back from the phrase to the start of
 * its sentence, at most WINDOW characters, for a negating word; the short ones ("no", "anti")
 * only right before the phrase, since "No Box" or "No 3" in a title negate nothing after them.
 */
const WINDOW = 60;
const SENTENCE_END = /[.!?\n]/g;
const NEGATION_IN_SENTENCE = /\b(?:bukan|bkn|tidak|tdk|tak|hindari|waspada|awas|hati-hati|jangan)\b/i;
const NEGATION_RIGHT_BEFORE = /\b(?:no|non|anti|not)\s{1,3}$/i;

export function isNegated(text: string, start: number): boolean {
  let before = text.slice(Math.max(0, start - WINDOW), start);
  if (NEGATION_RIGHT_BEFORE.test(before)) return true;
  let cut = -1;
  for (const match of before.matchAll(SENTENCE_END)) cut = match.index;
  if (cut >= 0) before = before.slice(cut + 1);
  return NEGATION_IN_SENTENCE.test(before);
}
