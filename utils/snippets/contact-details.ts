/**
 * Marketplaces forbid contact details in listings (phone, WhatsApp, e-mail, links,
 * social accounts: they are how sellers take buyers off the platform, and listings
 * carrying them are taken down). A template variable ends up in every listing
 * that uses it, so the variable store refuses them outright. The detection is the
 * listing-quality engine's (`quality/detectors/contact.ts`: also letter O for zero,
 * full-width and decorative digits, spelled-out numbers and addresses, handles
 * without "@"), so a value the store accepts is never then flagged in the listing.
 */
import { findContacts, type ContactMatch } from '../quality/detectors/contact';

export type ContactKind = 'phone' | 'email' | 'url' | 'account';

export interface ContactDetail {
  kind: ContactKind;
  /** Offsets in the text, for highlighting. */
  start: number;
  end: number;
}

/**
 * The quality detector's kinds, as the variable store names them. Invitations ("order via WA"),
 * pointers ("link di bio") and QR mentions carry no contact detail themselves: not refused.
 */
const KIND: Partial<Record<ContactMatch['kind'], ContactKind>> = { phone: 'phone', email: 'email', url: 'url', handle: 'account' };

/** Every contact detail in the text, in order. Linear in the text's length (the detector's own guarantee). */
export function findContactDetails(text: string): ContactDetail[] {
  return findContacts(text, { qr: false }).flatMap((match) => {
    const kind = KIND[match.kind];
    return kind ? [{ kind, start: match.start, end: match.end }] : [];
  });
}

/** Words that name a contact channel, as parts of a variable key (`no_wa`, `email_toko`). */
const CONTACT_WORDS = new Set([
  'wa',
  'whatsapp',
  'hp',
  'telp',
  'telpon',
  'telepon',
  'phone',
  'kontak',
  'contact',
  'email',
  'surel',
  'mail',
  'ig',
  'instagram',
  'line',
  'telegram',
  'tiktok',
  'facebook',
  'fb',
  'web',
  'website',
  'url',
  'link',
  'situs',
]);

/** The kind of the first contact detail the text holds, or null. */
export function findContactDetail(text: string): ContactKind | null {
  return findContactDetails(text)[0]?.kind ?? null;
}

/** Whether a variable key names a contact channel (`no_wa`, `link_toko`). */
export function isContactKey(key: string): boolean {
  return key
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .some((part) => CONTACT_WORDS.has(part));
}
