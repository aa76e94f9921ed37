/**
 * Numbers, dates and names as the report shows them: in the reader's language (Indonesian by
 * default, so "72,4" and "1 Maret 2025"), with a dash where there is nothing to show.
 */
import type { Audit } from '../../utils/audit';
import type { Language } from '../../utils/i18n';

export const NONE = '–';

export const localeOf = (language: Language): string => (language === 'id' ? 'id-ID' : 'en-GB');

/** `timeZone` is for tests; the report uses the reader's own. */
export function formatDate(iso: string, language: Language, timeZone?: string): string {
  return new Date(iso).toLocaleDateString(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone });
}

export function formatDateTime(iso: string, language: Language, timeZone?: string): string {
  return new Date(iso).toLocaleString(localeOf(language), { dateStyle: 'long', timeStyle: 'short', timeZone });
}

export function formatNumber(value: number | null, language: Language, fractionDigits = 1): string {
  if (value === null || !Number.isFinite(value)) return NONE;
  return value.toLocaleString(localeOf(language), { maximumFractionDigits: fractionDigits });
}

/** A 0–1 share as a whole percentage. */
export function formatShare(share: number, language: Language): string {
  return share.toLocaleString(localeOf(language), { style: 'percent', maximumFractionDigits: 0 });
}

/** A change with its sign, so "+5" and "−3" read at a glance; a true minus sign, not a hyphen. */
export function formatChange(change: number | null, language: Language): string {
  if (change === null || !Number.isFinite(change)) return NONE;
  const magnitude = formatNumber(Math.abs(change), language);
  if (change > 0) return `+${magnitude}`;
  if (change < 0) return `\u2212${magnitude}`;
  return magnitude;
}

/** One formatter for every price: `toLocaleString` would build a new one for each of hundreds of rows. */
const RUPIAH = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** `Rp50.000`: Rupiah are whole, and Indonesian groups thousands with dots whatever the UI language. */
export function formatRupiah(value: number | undefined): string {
  return value === undefined ? NONE : `Rp${RUPIAH.format(Math.round(value))}`;
}

/** Only web links become links: a page could hand Rapi a `javascript:` or `data:` address. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The shop as a file-name part: its name, else the last part of its address, in plain lowercase ASCII. */
export function shopSlug(audit: Pick<Audit, 'shopName' | 'url'>): string {
  let source = audit.shopName ?? '';
  if (source.trim() === '') {
    try {
      source = new URL(audit.url).pathname.split('/').filter(Boolean).pop() ?? '';
    } catch {
      source = '';
    }
  }
  const slug = source
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
  return slug || 'toko';
}

/** The audit's local calendar day as YYYY-MM-DD, so files sort by date. */
export function isoDay(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function exportFileName(audit: Pick<Audit, 'shopName' | 'url' | 'at'>, extension: 'csv' | 'json'): string {
  return `audit-${shopSlug(audit)}-${isoDay(audit.at)}.${extension}`;
}
