/**
 * Sending a typed request to the background and parsing its reply. The reply is
 * checked against the schema for that request type, so a background of another
 * version (mid-update) or a garbled answer surfaces as a `MessagingError`.
 */
import { browser } from 'wxt/browser';
import {
  ReplySchema,
  RequestSchema,
  ResponseSchemas,
  type MessagingErrorBody,
  type RequestOf,
  type RequestType,
  type ResponseOf,
} from './protocol';

export class MessagingError extends Error {
  constructor(readonly body: MessagingErrorBody) {
    super(body.message.en);
    this.name = 'MessagingError';
  }
}

export function parseReply<T extends RequestType>(type: T, raw: unknown): ResponseOf<T> {
  const reply = ReplySchema.safeParse(raw);
  if (!reply.success) {
    throw new MessagingError({
      code: 'bad-message',
      message: { id: 'Balasan dari latar belakang tidak valid', en: 'The background sent an invalid reply' },
    });
  }
  if (!reply.data.ok) throw new MessagingError(reply.data.error);
  return ResponseSchemas[type].parse(reply.data.data) as ResponseOf<T>;
}

export async function sendToBackground<T extends RequestType>(request: RequestOf<T>): Promise<ResponseOf<T>> {
  const checked = RequestSchema.parse(request) as RequestOf<T>;
  const raw: unknown = await browser.runtime.sendMessage(checked);
  return parseReply(checked.type as T, raw);
}
