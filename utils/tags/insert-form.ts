/**
 * How a tag is written, given the marketplace's tag form (utils/marketplaces/<id>/tag-form.ts: Shopee
 * and TikTok Shop index hashtags, #BatikPekalongan; Tokopedia, Lazada and Blibli search titles, so the
 * tag is a keyword phrase). Campaign tags keep their hashtag everywhere: they belong in a description.
 */
import type { TagForm } from '../marketplaces/marketplace';

/** "Oleh-oleh Malang" → "#OlehOlehMalang"; "Motif Batik (Printing)" → "#MotifBatikPrinting"; "UMKM" stays. */
export function toHashtag(label: string): string {
  const words = label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return `#${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`;
}

/** "Motif Batik (Printing)" → "Motif Batik Printing": brackets do not belong in a title. */
export function toKeyword(label: string): string {
  return label.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function insertFor(label: string, form: TagForm, hashtag?: string): string {
  if (hashtag) return hashtag;
  return form.hashtags ? toHashtag(label) : toKeyword(label);
}
