/**
 * Numbers as Indonesian marketplaces write them: "Rp125.000", "Rp 1.250.000,50",
 * "Rp89rb", "10RB+ terjual", "1,2rb terjual", "2 jt", "4.9". Dots group thousands
 * and a comma starts decimals, except in the short "1.2rb" form some sites use.
 * Pure; returns undefined when the text holds no such number.
 */
// No bare "m": on a product page it is metres ("Kain 2 m") far more often than miliar.
const MULTIPLIERS: Record<string, number> = { rb: 1e3, ribu: 1e3, k: 1e3, jt: 1e6, juta: 1e6, miliar: 1e9 };

function toNumber(digits: string, suffix: string | undefined): number | undefined {
  const multiplier = suffix ? MULTIPLIERS[suffix.toLowerCase()] : 1;
  if (multiplier === undefined) return undefined;
  let normalised: string;
  if (multiplier > 1) {
    // "1,2rb" and "1.2rb" both mean 1200: with a suffix, either separator is a decimal point.
    normalised = digits.replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits)) {
    normalised = digits.replace(/\./g, '').replace(',', '.');
  } else if (/^\d+,\d+$/.test(digits)) {
    normalised = digits.replace(',', '.');
  } else if (/^\d{1,3}(,\d{3})+$/.test(digits)) {
    // "1,250,000" (English grouping, seen on some pages in English mode)
    normalised = digits.replace(/,/g, '');
  } else {
    normalised = digits;
  }
  const value = Number(normalised) * multiplier;
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}

const NUMBER = /(\d[\d.,]*)\s*(rb|ribu|k|jt|juta|miliar)?\b/i;

/** The first rupiah amount in the text ("Rp125.000" → 125000). */
export function parseRupiah(text: string): number | undefined {
  const match = /rp\.?\s*(\d[\d.,]*)\s*(rb|ribu|k|jt|juta)?\b/i.exec(text) ?? NUMBER.exec(text);
  return match ? toNumber(match[1]!.replace(/[.,]$/, ''), match[2]) : undefined;
}

/** A count such as sold or reviews ("10RB+ terjual" → 10000, "(1,2rb)" → 1200, "870" → 870). */
export function parseCount(text: string): number | undefined {
  const match = NUMBER.exec(text.replace(/\+/g, ''));
  if (!match) return undefined;
  const value = toNumber(match[1]!.replace(/[.,]$/, ''), match[2]);
  return value === undefined ? undefined : Math.round(value);
}

/** A rating out of five ("4.9", "4,8") or undefined. */
export function parseRating(text: string): number | undefined {
  // The whole number: "10" is not a rating of 1, nor "(45)" one of 4.
  const match = /(?<![\d.,])(\d+(?:[.,]\d+)?)(?![\d.,]*\d)/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]!.replace(',', '.'));
  return value >= 0 && value <= 5 ? value : undefined;
}

/** A weight in grams from "250 gr", "1,5 kg", "1.000 gram". */
export function parseWeightGrams(text: string): number | undefined {
  const match = /(\d[\d.,]*)\s*(kg|kilo(?:gram)?|g|gr|gram)?\b/i.exec(text);
  if (!match) return undefined;
  const unit = match[2]?.toLowerCase();
  const isKg = unit === 'kg' || unit?.startsWith('kilo');
  const digits = match[1]!.replace(/[.,]$/, '');
  const grouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits);
  const value = isKg ? Number((grouped ? digits.replace(/\./g, '') : digits).replace(',', '.')) : toNumber(digits, undefined);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  return isKg ? Math.round(value * 1000) : value;
}
