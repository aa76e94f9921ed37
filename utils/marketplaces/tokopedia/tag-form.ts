import type { TagForm } from '../marketplace';

/** Tokopedia searches titles, so a tag is a keyword phrase; campaign tags keep their own hashtag (tags/insert-form.ts). */
export const tokopediaTagForm: TagForm = { hashtags: false };
