/** A failed request to the background, with its bilingual message (no zod here: the content script loads it). */
import type { MessagingErrorBody } from './page-replies';

export class MessagingError extends Error {
  constructor(readonly body: MessagingErrorBody) {
    super(body.message.en);
    this.name = 'MessagingError';
  }
}

export const BAD_REPLY: MessagingErrorBody = {
  code: 'bad-message',
  message: { id: 'Balasan dari latar belakang tidak valid', en: 'The background sent an invalid reply' },
};
