import type { TagForm } from '../marketplace';

/** Blibli searches titles, so a tag is a keyword phrase; campaign tags keep their own hashtag (tags/insert-form.ts). */
export const blibliTagForm: TagForm = { hashtags: false };
