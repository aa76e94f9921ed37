/**
 * 100 KB inputs built to trip regular expressions: long runs that a careless
 * pattern would rescan from every position. Shared by the linear-time test and
 * tests/bench/quality.ts.
 */
const SIZE = 100_000;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

export const ADVERSARIAL_INPUTS: Readonly<Record<string, string>> = {
  'digit runs with separators': fill('0812-3456.7890 '),
  'one long digit run': fill('0'),
  'spaced zeros': fill('0 '),
  'letter O and digits': fill('O8O1 '),
  'exclamation run': `${fill('a').slice(0, SIZE / 2)}${fill('!').slice(0, SIZE / 2)}`,
  'at-signs': fill('@'),
  'at-signs and words': fill('@a'),
  'dotted word': fill('a.'),
  'dotted word then at-sign': `${fill('a.').slice(0, SIZE - 1)}@`,
  hashes: fill('#a#'),
  'www runs': fill('www.'),
  'stretched letters': fill('aaab'),
  'spelled digits': fill('satu dua '),
  'registration prefixes': fill('P-IRT No. 1'),
  'claims and imports': fill('impor lokal 100% halal KW 1:1 '),
  'colons and slashes': fill('https://'),
  'sentence marks': fill('. '),
  'hyphenated word': fill('a-'),
  'spelled e-mail parts': fill('a at b dot '),
  'plus and parentheses': fill('+(6 '),
  'social labels': fill('ig: '),
  'emoji run': fill('😀'),
  capitals: fill('AAAA '),
  'repeated words': fill('kaos polos '),
  'look-alike brands': fill('S4MSUNG Samsng 0PP0 lNFINX '),
  'decorative digits': fill('⓪⑧①② 𝟎𝟖 '),
  'digit words and separators': fill('kosong lapan*se_dua•'),
  'spelled domains and handles': fill('a dot com IG a_b link di bio '),
};
