/** The locale key that says why Rapi does nothing on a page (side panel, popup, toolbar title). */
import type { MessageKey } from '../i18n/translate';
import type { Inactive } from './activity';

const KEYS: Record<Inactive, MessageKey> = {
  'not-marketplace': 'inactive_not_marketplace',
  'buyer-page': 'inactive_buyer_page',
  'unknown-page': 'inactive_unknown_page',
};

export const inactiveReasonKey = (why: Inactive): MessageKey => KEYS[why];
