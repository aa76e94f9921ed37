import type { TagForm } from '../marketplace';

/** TikTok Shop indexes hashtags (#BatikPekalongan); it publishes no limit, so none is enforced. */
export const tiktokTokopediaTagForm: TagForm = { hashtags: true };
