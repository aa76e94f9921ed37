/**
 * Indonesian affix stripping for lexicon lookup (after Nazief & Adriani's dictionary-confirmed
 * stemmer). A rule-only stemmer (Snowball's, as in @nlpjs/lang-id) cuts product words it has never
 * seen: keramik → ramik, kerupuk → rupuk, keripik → ripik, Pekalongan → kalong. Here a stripped
 * form is used only when the caller's vocabulary knows it, and a known word is never stripped, so
 * "batik", "tenun" and "kerajinan" stay whole while "dianyam", "menenun" and "tasnya" find their roots.
 * Words are folded (fold.ts) before they come here.
 */
// Stryker disable all: suffix tables built once at import, static mutants (see ignoreStatic in stryker.config.mjs); pinned by the examples in stem.test.ts
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const DERIVATIONAL = ['kan', 'an', 'i'];
// Stryker restore all
/** Roots of three letters ("tas", "teh") are trusted only after a suffix; a prefix cut that short is usually wrong. */
const MIN_ROOT = 3;
const MIN_PREFIXED_ROOT = 4;
// Stryker disable next-line ArrowFunction: built once at import, a static mutant; pinned by "memakai" → pakai in stem.test.ts
const isVowel = (c: string | undefined) => c !== undefined && 'aiueo'.includes(c);

/** The word, then the word with particle, possessive and derivational suffixes removed in turn. */
function suffixForms(word: string): string[] {
  const forms = [word];
  let current = word;
  for (const group of [PARTICLES, POSSESSIVES, DERIVATIONAL]) {
    const suffix = group.find((s) => current.endsWith(s) && current.length - s.length >= MIN_ROOT);
    if (!suffix) continue;
    current = current.slice(0, -suffix.length);
    forms.push(current);
  }
  return forms;
}

/** me-/pe- assimilate the root's first sound: membatik, menenun (t), mengukir (k), menyulam (s). */
function nasalRoots(after: string): string[] {
  const head = after.slice(0, 2);
  if (head === 'ng') return isVowel(after[2]) ? [after.slice(2), `k${after.slice(2)}`] : [after.slice(2)];
  if (head === 'ny') return [`s${after.slice(2)}`];
  if (after[0] === 'm') return isVowel(after[1]) ? [`p${after.slice(1)}`, after.slice(1)] : [after.slice(1)];
  if (after[0] === 'n') return isVowel(after[1]) ? [`t${after.slice(1)}`, after.slice(1)] : [after.slice(1)];
  if ('lrwy'.includes(after[0] ?? '')) return [after];
  return [];
}

/** One prefix removed, every reading that the spelling allows. */
function prefixForms(word: string): string[] {
  const forms: string[] = [];
  if (word.startsWith('di')) forms.push(word.slice(2));
  for (const prefix of ['ber', 'ter', 'per']) if (word.startsWith(prefix)) forms.push(word.slice(3));
  // be-/te- before r: berasa = ber+rasa, terajut = ter+rajut.
  if (/^(be|te)r/.test(word)) forms.push(word.slice(2));
  if (word.startsWith('me') || word.startsWith('pe')) forms.push(...nasalRoots(word.slice(2)));
  return forms.filter((form) => form.length >= MIN_PREFIXED_ROOT);
}

/** Candidate roots, the least changed first; the word itself comes first. */
export function affixCandidates(word: string): string[] {
  const candidates: string[] = [];
  for (const form of suffixForms(word)) {
    candidates.push(form);
    for (const once of prefixForms(form)) candidates.push(once, ...prefixForms(once));
  }
  // ke-…-an is a confix (kerajinan = ke+rajin+an); ke- alone is rarely a prefix (kepala is a root).
  // Stryker disable next-line Regex: the form searched always ends in "an", so the end anchor changes no match
  const confix = /^ke(.{4,})an$/.exec(suffixForms(word).find((form) => form.endsWith('an')) ?? '');
  if (confix) candidates.push(confix[1]!);
  return [...new Set(candidates)];
}

/** The first candidate the vocabulary knows, or undefined: an unknown word is left alone. */
export function stem(word: string, isKnown: (candidate: string) => boolean): string | undefined {
  return affixCandidates(word).find(isKnown);
}
