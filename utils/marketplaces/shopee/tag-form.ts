import type { TagForm } from '../marketplace';

/**
 * Shopee indexes hashtags (#BatikPekalongan): "Jumlah tagar (hashtag) tidak boleh lebih dari 18"
 * (error_desc_hash_tag_over_limit; shared/design/marketplaces.md §1.2).
 */
export const shopeeTagForm: TagForm = { hashtags: true, hashtagLimit: 18 };
