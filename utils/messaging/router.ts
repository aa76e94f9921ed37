/**
 * Turns a raw incoming message into a typed handler call and always answers with a
 * `Reply`: a message that does not parse, or comes from outside this extension,
 * gets a typed error and reaches no handler, so it changes nothing.
 * No browser access here; the background passes the sender in.
 */
import { z } from 'zod';
import { isStorageUnavailable } from '../db/storage-errors';
import { t } from '../i18n/translate';
import type { MessageKey } from '../i18n/translate';
import { RequestSchema, type ErrorCode, type Reply, type RequestOf, type RequestType, type ResponseOf } from './protocol';
import { SENDER_KINDS, type SenderKind } from './tab-protocol';

export interface MessageSender {
  /** The extension id of the sender; undefined or another id means it is not us. */
  id?: string;
  tab?: { id?: number };
  /** The sending document's address: a marketplace page for a content script, the extension's origin for its own pages. */
  url?: string;
}

export interface HandlerContext {
  /** The tab the message came from, taken from the browser's sender record, never from the message. */
  tabId: number | undefined;
}

export type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, context: HandlerContext) => Promise<ResponseOf<T>> | ResponseOf<T>;
};

function failure(code: ErrorCode, key: MessageKey, detail: string): Reply {
  return { ok: false, error: { code, message: { id: t('id', key, detail), en: t('en', key, detail) } } };
}

/**
 * Whether the sender is of the kind a request needs (tab-protocol's SENDER_KINDS): a content
 * script in a tab, or one of Rapi's own pages, told apart by the sending document's address.
 */
export function senderIs(kind: SenderKind, sender: MessageSender, extensionOrigin: string | undefined): boolean {
  const fromExtensionPage = extensionOrigin !== undefined && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (kind === 'extension-page') return fromExtensionPage;
  return sender.tab?.id !== undefined && !fromExtensionPage;
}

/** `extensionOrigin` (`runtime.getURL('/')`) tells Rapi's own pages from content scripts; without it, requests only its pages may send are refused. */
export function createRouter(handlers: Handlers, ownId: string, extensionOrigin?: string) {
  return async function route(raw: unknown, sender: MessageSender): Promise<Reply> {
    if (sender.id !== ownId) return failure('forbidden-sender', 'error_bad_message', String(sender.id ?? '?'));
    const parsed = RequestSchema.safeParse(raw);
    if (!parsed.success) return failure('bad-message', 'error_bad_message', z.prettifyError(parsed.error));
    const request = parsed.data;
    const kind = (SENDER_KINDS as Partial<Record<RequestType, SenderKind>>)[request.type];
    if (kind && !senderIs(kind, sender, extensionOrigin))
      return failure('forbidden-sender', 'error_bad_message', `${request.type} (${kind})`);
    const handler = handlers[request.type] as (r: typeof request, c: HandlerContext) => unknown;
    try {
      const data = await handler(request, { tabId: sender.tab?.id });
      return { ok: true, data };
    } catch (error) {
      // The palette says "storage unavailable" for this one, never "no snippets".
      if (isStorageUnavailable(error)) return failure('storage-unavailable', 'error_storage_unavailable', '');
      return failure('handler-failed', 'error_handler_failed', error instanceof Error ? error.message : String(error));
    }
  };
}
