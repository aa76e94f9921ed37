/**
 * Phone and WhatsApp numbers the way Indonesian sellers write them: 0812-3456-7890,
 * +62 812 3456 7890, (0812) 345 6789, 0 8 1 2…, 0812.3456.7890, 0812*3456*7890,
 * 0812_3456_7890, 0812•3456•7890, "O812-3456-789O", "O8l2…" (l for 1), fullwidth,
 * circled, mathematical or keycap digits, landlines like (021) 555-1234, and spelled
 * out in whole or in part ("nol delapan satu dua…", "#Nol-813-8596-7878"): the text is
 * first normalised by `digit-normalize.ts`, and spans are mapped back.
 *
 * A hand-written scanner, not one big regular expression: it reads each character
 * a bounded number of times (linear on any input), and it can judge a number by its
 * groups (a date is 2+2+4 digits, a SKU is glued to letters, a price lacks the 0).
 */
import { normalizeDigits, originalSpan } from './digit-normalize';

export interface PhoneMatch {
  start: number;
  end: number;
  digits: string;
  kind: 'mobile' | 'landline' | 'international';
}

interface Group {
  start: number;
  end: number;
  digits: string;
  /** The separator text before this group ('' for the first). */
  separator: string;
}

// Zero-width and keycap characters, stars, underscores, bullets and slashes count as separators:
// they are used to slip numbers past filters.
const SEPARATORS = new Set([
  ' ',
  '\t',
  '\u00a0',
  '-',
  '–',
  '—',
  '.',
  '(',
  ')',
  '*',
  '_',
  '/',
  '•',
  '·',
  '∙',
  '~',
  '|',
  '#',
  '+',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\ufe0f',
  '\u20e3',
]);
const MAX_SEPARATOR = 3;
const MAX_DIGITS = 15;

const isAsciiDigit = (code: number) => code >= 48 && code <= 57;
// charAt gives '' outside the text, which is no letter.
const isLetterAt = (text: string, i: number) => /\p{L}/u.test(text.charAt(i));

function digitAt(text: string, i: number): string {
  const code = text.charCodeAt(i);
  // Full-width and other decorative digits are already ASCII here: `scan` reads `normalizeDigits` output.
  if (isAsciiDigit(code)) return text[i]!;
  // Letter O for zero and l or I for one, only when they stand against a digit and not inside a word
  // ("O812", "789O", "O8l2"; not "TOKO"; "5l" for five litres becomes "51", which starts no phone).
  const lookalike = code === 79 || code === 111 ? '0' : code === 108 || code === 73 ? '1' : '';
  if (!lookalike || !(isAsciiDigit(text.charCodeAt(i - 1)) || isAsciiDigit(text.charCodeAt(i + 1)))) return '';
  if (!isLetterAt(text, i - 1) && !isLetterAt(text, i + 1)) return lookalike;
  return '';
}

function readRun(text: string, from: number): { groups: Group[]; end: number } {
  const groups: Group[] = [];
  let pos = from;
  // Stryker disable next-line StringLiteral: the first group's separator is never read.
  let separator = '';
  for (;;) {
    const start = pos;
    let digits = '';
    for (let d = digitAt(text, pos); d; d = digitAt(text, pos)) {
      digits += d;
      pos++;
    }
    groups.push({ start, end: pos, digits, separator });
    let next = pos;
    while (next - pos < MAX_SEPARATOR && SEPARATORS.has(text.charAt(next))) next++;
    // With no separator, `next` is where the group stopped: not a digit either.
    if (!digitAt(text, next)) return { groups, end: pos };
    separator = text.slice(pos, next);
    pos = next;
  }
}

// Numbers that are not phones even when shaped like one: codes named just before them.
const NOT_A_PHONE_BEFORE =
  /\b(?:barcode|ean(?:-?13)?|upc|sku|kode|p-?irt|pirt|md|ml|bpom|sni|reg|izin|nib|npwp|nik|invoice|inv|resi|no\.?\s?pesanan|order\s?id|imei|serial|s\/n|sn|seri|halal|sertifikat|part)\W{0,3}(?:no|nomor|number)?\W{0,3}$/i;
// Words that name nothing but a way to call or chat; a phone word may also be "No" or "Nomor", which number dates and codes too.
const CALL_WORDS = 'wa|whatsapp|telp|tlp|telepon|tel|phone|hp|hub|hubungi|call|sms|cs|kontak|contact';
const CALL_WORD_BEFORE = new RegExp(`\\b(?:${CALL_WORDS})\\W{0,4}$`, 'i');
const PHONE_WORD_BEFORE = new RegExp(`\\b(?:${CALL_WORDS}|fax|kantor|nomor|nomer|no)\\W{0,4}$`, 'i');
const PHONE_WORDS = new Set(['wa', 'whatsapp', 'telp', 'tlp', 'tel', 'hp', 'hub', 'call', 'sms', 'cs', 'no', 'nomor', 'phone']);
/** The text a phone word may stand in, just before a number. */
const textBefore = (text: string, start: number) => text.slice(Math.max(0, start - 20), start);
/** A group after a slash that starts with 0: the next of two numbers given as alternatives ("…7890/0813…"). */
const isAlternative = (group: Group) => group.separator.includes('/') && group.digits.startsWith('0');

interface RunContext {
  plus: boolean;
  paren: boolean;
  /** Lazy: most digit runs are rejected before the words before them matter. */
  phoneWord: () => boolean;
  start: number;
}

function wordBefore(text: string, start: number): () => boolean {
  let memo: boolean | undefined;
  return () => (memo ??= PHONE_WORD_BEFORE.test(textBefore(text, start)));
}

/** Where the number really starts ("+62", "(0812"), whether it is glued to a code, and the words before it. */
function runContext(text: string, firstDigit: number): RunContext | null {
  let k = firstDigit - 1;
  while (k >= firstDigit - 3 && (text[k] === '(' || text[k] === ' ')) k--;
  const plus = text[k] === '+';
  const paren = text[firstDigit - 1] === '(';
  const start = plus ? k : paren ? firstDigit - 1 : firstDigit;
  const before = text.slice(Math.max(0, start - 30), start);
  if (NOT_A_PHONE_BEFORE.test(before)) return null;
  const prev = text.charAt(start - 1);
  if (/[\p{N}_/]/u.test(prev)) return null;
  // "BTK-2024-0012": a hyphen glued to a word is a code, not a phone.
  if (prev === '-' && /[\p{L}\p{N}]/u.test(text.charAt(start - 2))) return null;
  if (/\p{L}/u.test(prev)) {
    // "WA081234567890" is a phone; "ID31110001294812" or "MD235602169254" are not.
    const word = /\p{L}+$/u.exec(before)![0].toLowerCase(); // `before` ends with the letter `prev`
    return PHONE_WORDS.has(word) ? { plus, paren, phoneWord: () => true, start } : null;
  }
  return { plus, paren, phoneWord: wordBefore(text, start), start };
}

/** Only these beginnings can become an Indonesian number (or any number after "+"). */
const PREFIXES = /^(?:0(?:[2-9]|$)|6(?:2|$)|8)/;

function classify(raw: string, plus: boolean, phoneWord: () => boolean): PhoneMatch['kind'] | null {
  let national = raw;
  // `phoneFrom` classifies from nine digits on, the shortest number after "+".
  if (plus && !raw.startsWith('62')) return 'international';
  // "+62 21 555 1234" is a Jakarta landline; without the "+", "62" counts only before a mobile's 8
  // (a row of sizes "62 21 55 12 34" is not a landline).
  if (raw.startsWith('628') || plus) national = `0${raw.slice(2)}`;
  else if (raw.startsWith('8') && phoneWord()) national = `0${raw}`;
  if (/^08[1-9]\d{7,10}$/.test(national)) return 'mobile';
  if (/^0[2-79]\d{7,10}$/.test(national)) return 'landline';
  return null;
}

/**
 * A number starts on a group of 3+ digits, on "62", on spaced single digits ("0 8 1 2"), or on a lone 0
 * ("0-813-…"). A mobile's "08" alone ("08-12-3456-7890", split to slip past filters) starts one only
 * after a word for calling or chatting: without it, "08 12 2024 10 30" is a date and a time.
 */
function canStart(text: string, groups: readonly Group[], g: number, start: number): boolean {
  const group = groups[g]!;
  const next = groups[g + 1];
  if (group.digits === '0' && next) return true;
  if (group.digits === '08' && next) return CALL_WORD_BEFORE.test(textBefore(text, start));
  return group.digits.length >= 3 || group.digits === '62' || (group.digits.length === 1 && next?.digits.length === 1);
}

function phoneFrom(text: string, groups: readonly Group[], g: number, context: RunContext): PhoneMatch | null {
  let digits = '';
  let best: { last: number; kind: PhoneMatch['kind']; digits: string } | null = null;
  for (let j = g; j < groups.length && digits.length + groups[j]!.digits.length <= MAX_DIGITS; j++) {
    // "0812 345 678 / 021 555 1234": after a whole number, a slash and a group that starts with 0
    // begin the next number, not the rest of this one ("0812/3456/0789" is one: it was not whole yet).
    if (best && isAlternative(groups[j]!)) break;
    digits += groups[j]!.digits;
    if (!context.plus && !PREFIXES.test(digits)) return null;
    const kind = digits.length >= 9 ? classify(digits, context.plus, context.phoneWord) : null;
    if (kind) best = { last: j, kind, digits };
  }
  if (!best) return null;
  // A landline needs a sign it is one: "(021)", a word like "Telp", or an area-code group.
  // (Four digits or fewer are never the whole number, which has nine or more.)
  const areaGroup = groups[g]!.digits.length <= 4;
  if (best.kind === 'landline' && !(context.paren || areaGroup || context.phoneWord())) return null;
  // A keycap digit ("0️⃣") ends with two combining characters that belong to the number.
  let end = groups[best.last]!.end;
  while (text[end] === '\ufe0f' || text[end] === '\u20e3') end++;
  return { start: context.start, end, digits: best.digits, kind: best.kind };
}

function phonesInRun(text: string, groups: readonly Group[], first: RunContext | null, out: PhoneMatch[]): void {
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!;
    let context: RunContext | null = first;
    if (g > 0) {
      // A later group starts a new number only after a space or "(": "Rp 125.000 0812…", not "1.250.081…";
      // or after a slash on a 0, the next of two numbers given as alternatives ("…7890/0813…").
      if (!/[\s(]/.test(group.separator) && !isAlternative(group)) continue;
      const paren = group.separator.endsWith('(');
      const start = paren ? group.start - 1 : group.start;
      context = { plus: false, paren, phoneWord: wordBefore(text, start), start };
    }
    if (!context || (!context.plus && !canStart(text, groups, g, context.start))) continue;
    const phone = phoneFrom(text, groups, g, context);
    if (!phone) continue;
    out.push(phone);
    while (g + 1 < groups.length && groups[g + 1]!.start < phone.end) g++;
  }
}

function scan(text: string): PhoneMatch[] {
  const out: PhoneMatch[] = [];
  // Stryker disable next-line EqualityOperator: one step past the end finds no digit.
  for (let i = 0; i < text.length; i++) {
    if (!digitAt(text, i)) continue;
    const { groups, end } = readRun(text, i);
    phonesInRun(text, groups, runContext(text, i), out);
    i = end;
  }
  return out;
}

/** The numbers in text order: `scan` reads left to right and `originalSpan` keeps the order. */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const normalized = normalizeDigits(text);
  return scan(normalized.text).map((phone) => ({ ...phone, ...originalSpan(normalized, phone.start, phone.end) }));
}
