import type { TagForm } from '../marketplace';

/** Lazada searches titles, so a tag is a keyword phrase; campaign tags keep their own hashtag (tags/insert-form.ts). */
export const lazadaTagForm: TagForm = { hashtags: false };
