/**
 * Sending a typed request to the background and parsing its reply. The reply is
 * checked against the schema for that request type, so a background of another
 * version (mid-update) or a garbled answer surfaces as a `MessagingError`.
 */
import { browser } from 'wxt/browser';
import { BAD_REPLY, MessagingError } from './messaging-error';
import { ReplySchema, RequestSchema, ResponseSchemas, type RequestOf, type RequestType, type ResponseOf } from './protocol';

export { MessagingError };

export function parseReply<T extends RequestType>(type: T, raw: unknown): ResponseOf<T> {
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) {
    throw new MessagingError(BAD_REPLY);
  }
  if (!reply.data.ok) throw new MessagingError(reply.data.error);
  return ResponseSchemas[type].parse(reply.data.data) as ResponseOf<T>;
}

export async function sendToBackground<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const checked = RequestSchema.parse(request) as RequestOf<T>;
  const raw: unknown = await browser.runtime.sendMessage(checked);
  return parseReply(checked.type as T, raw);
}
