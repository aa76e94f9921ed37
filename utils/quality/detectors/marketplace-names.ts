/**
 * Names, nicknames and links of marketplaces as sellers write them ("tokped",
 * "shopi", "toko oren", "lapak sebelah", shopee.co.id/…). Shopee blocks listings
 * that name "tempat jual beli lain" and TikTok Shop bans pointers elsewhere
 * (marketplaces.md §3.1), so another rule reports these; the listing's own
 * marketplace is never reported.
 */
import type { MentionFamily } from '../../marketplaces/profile-types';
import type { Severity } from '../types';
import { findPhrases, withoutOverlaps, type PhraseMatch } from '../text/spans';

/** Families of names, not Rapi's MarketplaceIds (profile-types.ts says why). */
type Family = MentionFamily;

export interface MarketplaceMention extends PhraseMatch {
  family: Family;
  severity: Severity;
}

const PATH = String.raw`(?:\/[^\s<>"'\x60]{0,2048})?`;
const link = (hosts: string) => String.raw`(?<![\w.@/-])(?:https?:\/\/)?(?:www\.)?(?:${hosts})${PATH}`;

interface Pattern {
  family: Family;
  severity: Severity;
  pattern: RegExp;
}

const PATTERNS: readonly Pattern[] = [
  {
    family: 'tokopedia',
    severity: 'error',
    pattern: new RegExp(`${link(String.raw`(?:tk\.)?tokopedia\.(?:com|link)`)}|\\btoko\\s?pedia\\b|\\btok(?:o)?ped\\b|\\btoped\\b`, 'gi'),
  },
  // "Toko ijo" and "toko oren" are Tokopedia and Shopee by their colours.
  { family: 'tokopedia', severity: 'warning', pattern: /\b(?:toko|lapak|aplikasi|apk)\s?(?:ijo|hijau)\b/gi },
  {
    family: 'tiktok',
    severity: 'error',
    pattern: new RegExp(`${link(String.raw`(?:vt\.|shop\.)?tiktok\.com`)}|\\btik\\s?tok\\s?shop\\b`, 'gi'),
  },
  // Plain "TikTok" is mostly the social network ("Sandal Viral TikTok" says where it went viral,
  // not where to buy it), so it is only a tip.
  { family: 'tiktok', severity: 'tip', pattern: /\btik\s?tok\b/gi },
  {
    family: 'shopee',
    severity: 'error',
    pattern: new RegExp(`${link(String.raw`shopee\.co\.id|shp\.ee|shope\.ee`)}|\\b(?:shopee|sh0pee|shopi|sopee)\\b`, 'gi'),
  },
  { family: 'shopee', severity: 'warning', pattern: /\b(?:toko|lapak|aplikasi|apk)\s?oren\b/gi },
  {
    family: 'lazada',
    severity: 'error',
    pattern: new RegExp(`${link(String.raw`(?:s\.)?lazada\.co\.id`)}|\\b(?:lazada|lzd|lazmall)\\b`, 'gi'),
  },
  { family: 'bukalapak', severity: 'error', pattern: new RegExp(`${link(String.raw`bukalapak\.com`)}|\\bbuka\\s?lapak\\b`, 'gi') },
  { family: 'blibli', severity: 'error', pattern: new RegExp(`${link(String.raw`blibli\.com`)}|\\bbli\\s?bli\\b`, 'gi') },
  {
    family: 'other',
    severity: 'error',
    pattern: new RegExp(`${link(String.raw`jd\.id|zalora\.co\.id|olx\.co\.id`)}|\\b(?:zalora|olx|(?:fb|facebook)\\s?marketplace)\\b`, 'gi'),
  },
  // "Aplikasi lain" is usually software ("bisa dipakai di aplikasi lain"); "aplikasi sebelah" is slang for a rival app.
  {
    family: 'elsewhere',
    severity: 'warning',
    pattern: /\b(?:(?:lapak|marketplace|olshop|online\s?shop)\s?(?:sebelah|lain)|(?:aplikasi|apk|app)\s?sebelah)\b/gi,
  },
];

/** `own`: the listing's marketplace's own families (its profile's `ownMentions`), never reported. */
export function findMarketplaceMentions(text: string, own: readonly MentionFamily[]): MarketplaceMention[] {
  const mentions: MarketplaceMention[] = [];
  for (const { family, severity, pattern } of PATTERNS) {
    if (own.includes(family)) continue;
    for (const match of findPhrases(text, pattern)) {
      // "tokopedia.com/tokoku." ends a sentence; the full stop is not part of the link.
      const phrase = match.phrase.replace(/[.,;:!?)\]]+$/, '');
      mentions.push({ start: match.start, end: match.start + phrase.length, phrase, family, severity });
    }
  }
  return withoutOverlaps(mentions);
}

const ANY_LINK = new RegExp(
  link(
    String.raw`(?:tk\.)?tokopedia\.(?:com|link)|(?:vt\.|shop\.)?tiktok\.com|shopee\.co\.id|shp\.ee|shope\.ee|(?:s\.)?lazada\.co\.id|bukalapak\.com|blibli\.com|jd\.id|zalora\.co\.id|olx\.co\.id`,
  ),
  'i',
);

/** A link to any marketplace, including the listing's own (the contact rule leaves those alone). */
export function isMarketplaceLink(url: string): boolean {
  return ANY_LINK.test(url);
}
