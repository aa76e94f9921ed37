/**
 * Every way a listing can send a buyer away from the marketplace: phone and WhatsApp
 * numbers, e-mail, links, social handles, "order via WA", "scan QR". Forbidden on
 * Shopee, TikTok Shop and Lazada alike (marketplaces.md §3.1).
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

const LEAD_IN =
  /(?:\b(?:info|order|pemesanan|pesan|hubungi|hub|kontak|contact|call|sms|chat|wa|whatsapp|telp|tlp|telepon|tel|hp|no|nomor|nomer|ig|instagram|line|email|e-mail|fb|kami|di|ke|via|cs|admin)\b[\s.:=/-]{0,3})+$/i;

function leadIn(text: string, start: number): number {
  const window = text.slice(Math.max(0, start - 40), start);
  const match = LEAD_IN.exec(window);
  return match ? start - (window.length - match.index) : start;
}

export function findContacts(text: string, options: { qr?: boolean } = {}): ContactMatch[] {
  const phones = findPhoneNumbers(text).map((phone) => ({
    start: phone.start,
    end: phone.end,
    kind: 'phone' as const,
    phrase: text.slice(phone.start, phone.end),
  }));
  const links = findContactLinks(text, { isMarketplaceLink, qr: options.qr ?? true });
  const isPointer = (kind: ContactMatch['kind']) => kind === 'invitation' || kind === 'qr';
  const contacts: ContactMatch[] = withoutOverlaps([...phones, ...links.filter((link) => !isPointer(link.kind))]).map(
    (match) => ({ ...match, severity: 'error', removeFrom: leadIn(text, match.start) }),
  );
  // "hubungi WA 0812…" is one contact with its lead-in, not an invitation and then a number.
  const pointers = links
    .filter((link) => isPointer(link.kind))
    .filter((link) => !contacts.some((contact) => link.start < contact.end && link.end > contact.removeFrom))
    .map((link): ContactMatch => ({ ...link, severity: 'warning', removeFrom: link.start }));
  return withoutOverlaps([...contacts, ...pointers]);
}
