export { RequestSchema, ResponseSchemas, ReplySchema, MessagingErrorSchema } from './protocol';
export type { Request, RequestType, RequestOf, ResponseOf, Reply, ErrorCode } from './protocol';
export { createRouter } from './router';
export type { Handlers, HandlerContext, MessageSender } from './router';
export { sendToBackground, parseReply, MessagingError } from './client';
