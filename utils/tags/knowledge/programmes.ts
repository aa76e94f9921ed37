/**
 * Local-product programme tags. Source: shared/design/marketplaces.md §4.1, which cites:
 * - Gernas Bangga Buatan Indonesia (#BanggaBuatanIndonesia), launched 14 May 2020
 *   (pom.go.id "peluncuran-gerakan-nasional-bangga-buatan-indonesia-2021").
 * - Shopee "Kreasi Nusantara", a curated local-product channel (Shopee statement, Feb 2021, finance.detik.com d-5385599).
 * - Tokopedia "Bangga Kreasi Lokal" (MakerFest 2018, antaranews 778591) and "#MelokalDenganBatik"
 *   (Tokopedia and ShopTokopedia from Jan 2024, theindonesianexpress.com 472).
 * - #ProdukLokal, #BuatanIndonesia, #UMKM: the generic hashtags sellers use alongside them.
 * Lazada and Blibli have no named local-product label in that research, so they get only the generic tags.
 * At most one of them is offered among the first five tags (utils/tags/index.ts): they describe the
 * shop's cause, and a pile of them crowds out the tags that describe the product (issue 13).
 */
import type { MarketplaceId } from '../../marketplaces/types';
import type { ProgrammeId } from './types';

export interface Programme {
  id: ProgrammeId;
  label: string;
  /** Campaign hashtags stay hashtags on every marketplace: they go in the description, not in titles. */
  hashtag: string;
  confidence: number;
  /** Only on these marketplaces; all when absent. */
  marketplaces?: readonly MarketplaceId[];
  /** Only for listings that claim this craft (entry id), not a printed imitation of it (batik, not batik printing). */
  onlyFor?: string;
  /** A curated channel: the tag alone does not enrol the shop. */
  curated?: boolean;
  /**
   * Says who the seller is, not where the product is from: needs the listing's own words (UMKM,
   * P-IRT, home industry) or the seller's settings. "Seblak" says the dish is Indonesian, not that a
   * small business made it (issue 13).
   */
  smallBusiness?: boolean;
}

export const PROGRAMMES: readonly Programme[] = [
  { id: 'melokal-dengan-batik', label: 'Melokal Dengan Batik', hashtag: '#MelokalDenganBatik', confidence: 0.62, marketplaces: ['tokopedia', 'tiktok-tokopedia'], onlyFor: 'batik' },
  { id: 'bbi', label: 'Bangga Buatan Indonesia', hashtag: '#BanggaBuatanIndonesia', confidence: 0.6 },
  { id: 'produk-lokal', label: 'Produk Lokal', hashtag: '#ProdukLokal', confidence: 0.58 },
  { id: 'kreasi-nusantara', label: 'Kreasi Nusantara', hashtag: '#KreasiNusantara', confidence: 0.5, marketplaces: ['shopee'], curated: true },
  { id: 'bangga-kreasi-lokal', label: 'Bangga Kreasi Lokal', hashtag: '#BanggaKreasiLokal', confidence: 0.5, marketplaces: ['tokopedia', 'tiktok-tokopedia'] },
  { id: 'buatan-indonesia', label: 'Buatan Indonesia', hashtag: '#BuatanIndonesia', confidence: 0.45 },
  { id: 'umkm', label: 'UMKM', hashtag: '#UMKM', confidence: 0.42, smallBusiness: true },
];
