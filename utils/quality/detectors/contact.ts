/**
 * Every way a listing can send a buyer away from the marketplace: phone and WhatsApp
 * numbers (also disguised: words, look-alike letters, decorative digits, odd separators),
 * e-mail (also spelled out), links and spelled-out domains, social handles (also without
 * "@"), "order via WA", pointers elsewhere ("link di bio", "nomor di foto"), "scan QR".
 * Forbidden on Shopee, TikTok Shop and Lazada alike (marketplaces.md §3.1). A brand's own
 * support or warranty page is not a contact (`../official-domains.ts`).
 */
import type { Severity, Span } from '../types';
import { withoutOverlaps } from '../text/spans';
import { findPhoneNumbers } from './phone-numbers';
import { findContactLinks, type LinkKind } from './contact-links';
import { isMarketplaceLink } from './marketplace-names';

export interface ContactMatch extends Span {
  kind: 'phone' | LinkKind;
  phrase: string;
  /** A number, address or handle is a contact; an invitation or a QR mention only points at one. */
  severity: Severity;
  /** Where a removal should start, to take "WA: " or "hubungi kami di" along with the number. */
  removeFrom: number;
}

// Words that lead in to a contact ("WA: ", "hubungi kami di"), taken along when it is removed.
const LEAD_WORDS = new Set(
  'info order pemesanan pesan hubungi hub kontak contact call sms chat wa whatsapp telp tlp telepon tel hp no nomor nomer ig instagram line email mail fb kami di ke via cs admin'.split(
    ' ',
  ),
);
const LEAD_SEPARATOR = /[\s.:=/-]/;
const LEAD_LETTER = /[A-Za-z]/;
const LEAD_WINDOW = 40;
const MAX_LEAD_SEPARATOR = 3;

// "SERBASHOP.ID" in capitals with no path is usually the shop's trading name styled as a domain: a tip, not an error.
const SHOP_STYLE_DOMAIN = /^[A-Z0-9][A-Z0-9-]*(?:\.[A-Z]{2,4})+$/;

/** Walks back over lead-in words and their separators: a few steps per contact, whatever the text. */
function leadIn(text: string, start: number): number {
  const limit = Math.max(0, start - LEAD_WINDOW);
  let from = start;
  for (;;) {
    let pos = from;
    for (let n = 0; n < MAX_LEAD_SEPARATOR && pos > limit && LEAD_SEPARATOR.test(text[pos - 1]!); n++) pos--;
    const end = pos;
    while (pos > limit && LEAD_LETTER.test(text[pos - 1]!)) pos--;
    // The word must start there ("di", not the end of "kedai"), and be a lead-in word.
    if (pos === end || (pos > 0 && /[\p{L}\p{N}]/u.test(text[pos - 1]!))) return from;
    if (!LEAD_WORDS.has(text.slice(pos, end).toLowerCase())) return from;
    from = pos;
  }
}

export function findContacts(text: string, options: { qr?: boolean; title?: string } = {}): ContactMatch[] {
  const phones = findPhoneNumbers(text).map((phone) => ({
    start: phone.start,
    end: phone.end,
    kind: 'phone' as const,
    phrase: text.slice(phone.start, phone.end),
  }));
  const links = findContactLinks(text, { isMarketplaceLink, qr: options.qr ?? true, title: options.title ?? text });
  const isPointer = (kind: ContactMatch['kind']) => kind === 'invitation' || kind === 'pointer' || kind === 'qr';
  const contacts: ContactMatch[] = withoutOverlaps([...phones, ...links.filter((link) => !isPointer(link.kind))]).map((match) => ({
    ...match,
    severity: SHOP_STYLE_DOMAIN.test(match.phrase) ? 'tip' : 'error',
    removeFrom: leadIn(text, match.start),
  }));
  // "hubungi WA 0812…" is one contact with its lead-in, not an invitation and then a number.
  const pointers = withoutOverlaps(links.filter((link) => isPointer(link.kind)))
    .filter(outside(contacts))
    .map((link): ContactMatch => ({ ...link, severity: 'warning', removeFrom: link.start }));
  return withoutOverlaps([...contacts, ...pointers]);
}

/**
 * Spans (sorted by start) that touch no contact with its lead-in. One sweep: contacts are
 * sorted and do not overlap, so a 100 KB text full of both costs linear time, not their product.
 */
function outside(contacts: readonly ContactMatch[]): (span: Span) => boolean {
  let next = 0;
  return (span) => {
    while (next < contacts.length && contacts[next]!.end <= span.start) next++;
    for (let k = next; k < contacts.length && contacts[k]!.removeFrom < span.end; k++) {
      if (span.start < contacts[k]!.end) return false;
    }
    return true;
  };
}
