/**
 * Edit distance for typo tolerance: optimal string alignment (Levenshtein plus
 * swapping two neighbours, so "garnasi" is one typo from "garansi"), bounded so
 * a hopeless comparison stops as soon as it cannot come under the limit.
 */

let previous = new Int32Array(64);
let current = new Int32Array(64);
let beforePrevious = new Int32Array(64);

/** The distance between `a` and `b`, or `max + 1` when it is larger than `max`. */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (previous.length < width) {
    previous = new Int32Array(width * 2);
    current = new Int32Array(width * 2);
    beforePrevious = new Int32Array(width * 2);
  }
  for (let j = 0; j < width; j++) previous[j] = j;
  // A swap reaches back two rows, so only two rows both over the limit end the search.
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let value = previous[j - 1]! + cost;
      if (previous[j]! + 1 < value) value = previous[j]! + 1;
      if (current[j - 1]! + 1 < value) value = current[j - 1]! + 1;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && beforePrevious[j - 2]! + 1 < value) {
        value = beforePrevious[j - 2]! + 1;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max && previousMin > max) return max + 1;
    previousMin = rowMin;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return Math.min(previous[b.length]!, max + 1);
}

/** How many typos a word of this length may carry and still be the word meant. */
export function typoAllowance(length: number): number {
  if (length >= 7) return 2;
  if (length >= 4) return 1;
  return 0;
}

/** The closest candidate within the typo allowance, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const max = Math.max(1, typoAllowance(word.length));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of candidates) {
    const distance = boundedDistance(word, candidate, max);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
