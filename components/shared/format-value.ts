/**
 * Turning what a page holds into something safe and honest to show in the panel.
 * Page text is shown as text (React never parses it), but invisible characters
 * (zero-width spaces, right-to-left overrides) would still hide or reorder what
 * the seller sees, and a 1 MB description would freeze the panel: so hidden
 * characters are made visible and long text is cut for display only.
 */
import type { Listing, ListingField } from '../../utils/listing/listing';
import { t, type Language } from '../../utils/i18n';

/** Zero-width, bidi embedding/override/isolate controls, BOM, soft hyphen. */
const HIDDEN = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const PREVIEW_LENGTH = 90;

export interface Preview {
  text: string;
  hidden: number;
}

export function previewText(text: string, max = PREVIEW_LENGTH): Preview {
  // Only the head is inspected: the preview never needs more, and the page may hold megabytes.
  const head = text.slice(0, max * 4);
  let hidden = 0;
  const visible = head.replace(HIDDEN, () => {
    hidden++;
    return '\u2425'; // ␥, a visible stand-in
  });
  const flat = visible.replace(/\s+/g, ' ').trim();
  return { text: flat.length > max || text.length > head.length ? `${flat.slice(0, max).trimEnd()}…` : flat, hidden };
}

export function formatRupiah(value: number): string {
  return `Rp${Math.round(value).toLocaleString('id-ID')}`;
}

export function formatFieldValue(language: Language, field: ListingField, listing: Listing): Preview | undefined {
  const value = listing[field];
  if (value === undefined) return undefined;
  switch (field) {
    case 'title':
    case 'description':
    case 'category':
    case 'origin': {
      const text = String(value);
      return text.trim() === '' ? { text: t(language, 'value_empty'), hidden: 0 } : previewText(text);
    }
    case 'priceIdr':
      return { text: formatRupiah(value as number), hidden: 0 };
    case 'weightGrams':
      return { text: `${(value as number).toLocaleString('id-ID')} g`, hidden: 0 };
    case 'hasVideo':
      return { text: t(language, value ? 'value_yes' : 'value_no'), hidden: 0 };
    case 'condition':
      return { text: t(language, value === 'new' ? 'condition_new' : 'condition_used'), hidden: 0 };
    case 'hashtags': {
      const tags = value as string[];
      return tags.length === 0 ? { text: t(language, 'value_no'), hidden: 0 } : previewText(tags.map((tag) => `#${tag}`).join(' '));
    }
    default:
      return { text: String(value), hidden: 0 };
  }
}
