/**
 * How listing values read inside an Indonesian text. Written out by hand rather
 * than with `Intl`, so the output is the same in every browser and in tests.
 */

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** 20000 → "20.000" (Indonesian) or "20,000" (English). */
export function groupThousands(value: number, separator: '.' | ','): string {
  const [whole, fraction] = Math.abs(value).toString().split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  const sign = value < 0 ? '-' : '';
  return fraction === undefined ? sign + grouped : `${sign}${grouped}${separator === '.' ? ',' : '.'}${fraction}`;
}

/** 125000 → "Rp125.000", as marketplaces and shoppers write it. */
export function formatRupiah(amount: number): string {
  return `Rp${groupThousands(Math.round(amount), '.')}`;
}

/** 250 → "250 gr"; 1500 → "1,5 kg". */
export function formatWeight(grams: number): string {
  if (grams < 1000) return `${Math.round(grams)} gr`;
  const kilograms = Math.round(grams / 100) / 10;
  return `${String(kilograms).replace('.', ',')} kg`;
}

/** The local calendar date: "24 November 2026". */
export function formatDateId(date: Date): string {
  return `${date.getDate()} ${MONTHS_ID[date.getMonth()]} ${date.getFullYear()}`;
}
