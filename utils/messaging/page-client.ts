/**
 * The content script's way to the background: like `sendToBackground` (client.ts), with the
 * replies parsed by their zod/mini schemas (page-replies.ts), so the content script carries
 * no classic zod and no full request union (issue 15: 50 KB gzipped). The request itself is
 * typed here and parsed where it is received, by the background's router (principle 2).
 */
import { browser } from 'wxt/browser';
import type * as z from 'zod/mini';
import type { RequestOf } from './protocol';
import { MessagingError, BAD_REPLY } from './messaging-error';
import { PAGE_REPLIES, ReplySchema, type PageRequestType } from './page-replies';

export type PageReplyOf<T extends PageRequestType> = z.infer<(typeof PAGE_REPLIES)[T]>;

export function parsePageReply<T extends PageRequestType>(type: T, raw: unknown): PageReplyOf<T> {
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) throw new MessagingError(BAD_REPLY);
  if (!reply.data.ok) throw new MessagingError(reply.data.error);
  const data = (PAGE_REPLIES[type] as z.ZodMiniType).safeParse(reply.data.data);
  if (!data.success) throw new MessagingError(BAD_REPLY);
  return data.data as PageReplyOf<T>;
}

export async function sendFromPage<T extends PageRequestType>(request: RequestOf<T>): Promise<PageReplyOf<T>> {
  const raw: unknown = await browser.runtime.sendMessage(request);
  return parsePageReply((request as { type: T }).type, raw);
}
