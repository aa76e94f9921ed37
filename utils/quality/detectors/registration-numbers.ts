/**
 * Registration and certificate numbers: P-IRT, BPOM MD/ML and others, BPJPH halal,
 * the KH number printed by mistake, SNI and organic certification. Formats and
 * regular expressions from marketplaces.md §3.2–3.5; each finder returns the digits
 * it read so a rule can say whether the number has the right length.
 */
import { findPhrases, type PhraseMatch } from '../text/spans';

export type RegistrationKind = 'pirt' | 'md-ml' | 'bpom-mention' | 'bpom-other' | 'halal-id' | 'halal-kh' | 'sni' | 'organic';

export interface RegistrationMatch extends PhraseMatch {
  kind: RegistrationKind;
  digits: string;
  /** The number has the length (and leading code) its format requires. */
  wellFormed: boolean;
}

const NUMBER_TAIL = String.raw`[\s.:]{0,3}(?:(?:no|nomor|nomer)\b[\s.:]{0,3})?(\d[\d .-]{0,24}\d|\d)?`;
// "P-IRT No. 1234567890123-45", also "PIRT", "P.IRT", "SPP-IRT" (§3.3).
const PIRT = new RegExp(String.raw`\b(?:SP)?P[\s.-]{0,2}IRT\b${NUMBER_TAIL}`, 'gi');
// "BPOM RI MD 235602169254" (§3.2). MD/ML in capitals only: "500 ml" is a volume.
const MD_ML = /\b(?:(?:BPOM|POM|Badan\s?POM)(?:\s{0,2}RI)?[\s.:]{0,3}(?:No\.?\s{0,2})?)?M[DL][\s.:-]{0,3}(\d[\d .-]{0,24}\d|\d)?/g;
const BPOM_WORD = /\b(?:BPOM|Badan\s?POM)\b/gi;
// Cosmetics NA…NE + 11 digits, traditional medicine and supplements + 9 (§3.2): not food, but registrations.
const BPOM_OTHER = /\b(?:N[A-E]\s?\d{11}|(?:POM\s{0,2})?(?:TR|TI|SD|SI|SL|HT|FF)\s?\d{9})\b/g;
// BPJPH certificate "ID" + 12–17 digits (§3.4, loose: the exact length is UNCERTAIN).
const HALAL_ID = /\bID\s?(\d{12,17})\b/g;
// The label must show the certificate number, not the "KH" (Ketetapan Halal) number (§3.4).
const HALAL_KH = /\b(?:KH|Ketetapan\s{1,2}Halal)[\s.:-]{0,3}(?:No\.?\s{0,2})?(\d[\d./-]{1,40}\d)/gi;
const SNI = /\bSNI\s?\d{2,5}(?::|-)\d{4}\b/g;
const ORGANIC = /\b(?:(?:ber)?sertifika[st]i?\s{1,3}organik|organik\s{1,3}indonesia|LeSOS|SNI\s?6729|USDA\s{1,3}organic)\b/gi;

const digitsOf = (text: string | undefined) => (text ?? '').replace(/\D/g, '');

/** Matches whose first group is the number; `keep` can drop a match that is not really a registration. */
function numbered(
  text: string,
  pattern: RegExp,
  kind: RegistrationKind,
  wellFormed: (digits: string) => boolean,
  keep: (phrase: string, digits: string) => boolean = () => true,
): RegistrationMatch[] {
  const out: RegistrationMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const digits = digitsOf(match[1]);
    const phrase = match[0].replace(/[\s.:-]+$/, '');
    if (!keep(phrase, digits)) continue;
    out.push({ start: match.index, end: match.index + phrase.length, phrase, kind, digits, wellFormed: wellFormed(digits) });
  }
  return out;
}

/** P-IRT: 15 digits, the first a packaging code 1–8 (§3.3). */
const pirtWellFormed = (digits: string) => digits.length === 15 && /^[1-8]/.test(digits);
/** MD/ML: 12 digits (§3.2); a public validator accepts up to 15, so 13–15 is not called malformed (UNCERTAIN). */
const mdMlWellFormed = (digits: string) => digits.length >= 12 && digits.length <= 15;
/** Without "BPOM" before it, "MD"/"ML" counts only when a long number follows. */
const mdMlIsRegistration = (phrase: string, digits: string) => /^(?:BPOM|POM|Badan)/i.test(phrase) || digits.length >= 8;

function simple(text: string, pattern: RegExp, kind: RegistrationKind, wellFormed = true): RegistrationMatch[] {
  return findPhrases(text, pattern).map((match) => ({ ...match, kind, digits: digitsOf(match.phrase), wellFormed }));
}

export function findRegistrations(text: string): RegistrationMatch[] {
  const food = [...numbered(text, PIRT, 'pirt', pirtWellFormed), ...numbered(text, MD_ML, 'md-ml', mdMlWellFormed, mdMlIsRegistration)];
  // "Sudah BPOM" with no number after it: a claim the buyer cannot check.
  const bare = simple(text, BPOM_WORD, 'bpom-mention', false).filter(
    (word) => !food.some((match) => match.start <= word.start && match.end >= word.end),
  );
  return [
    ...food,
    ...bare,
    ...simple(text, BPOM_OTHER, 'bpom-other'),
    ...simple(text, HALAL_ID, 'halal-id'),
    ...simple(text, HALAL_KH, 'halal-kh', false),
    ...simple(text, SNI, 'sni'),
    ...simple(text, ORGANIC, 'organic'),
  ].sort((a, b) => a.start - b.start);
}
