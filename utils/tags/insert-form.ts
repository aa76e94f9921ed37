/**
 * How a tag is written on each marketplace. Shopee and TikTok Shop index hashtags (#BatikPekalongan,
 * at most 18 on Shopee); Tokopedia, Lazada and Blibli search titles, so the tag is a keyword phrase.
 * Campaign tags keep their hashtag everywhere: they belong in a description, not a title.
 */
import type { MarketplaceId } from '../marketplaces/types';

const HASHTAG_MARKETPLACES: ReadonlySet<MarketplaceId> = new Set(['shopee', 'tiktok-tokopedia']);

export const usesHashtags = (marketplace: MarketplaceId) => HASHTAG_MARKETPLACES.has(marketplace);

/** "Oleh-oleh Malang" → "#OlehOlehMalang"; "Motif Batik (Printing)" → "#MotifBatikPrinting"; "UMKM" stays. */
export function toHashtag(label: string): string {
  const words = label.normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return `#${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}`;
}

/** "Motif Batik (Printing)" → "Motif Batik Printing": brackets do not belong in a title. */
export function toKeyword(label: string): string {
  return label.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
}

export function insertFor(label: string, marketplace: MarketplaceId, hashtag?: string): string {
  if (hashtag) return hashtag;
  return usesHashtags(marketplace) ? toHashtag(label) : toKeyword(label);
}
