/**
 * Phone numbers, e-mail, links and social handles take the sale off the marketplace:
 * Shopee, TikTok Shop and Lazada all remove such listings (marketplaces.md §3.1).
 * The fix removes the contact with its lead-in ("WA: ", "hubungi kami di").
 */
import type { Finding, Rule } from '../types';
import { makeFinding, MAX_FINDINGS_PER_FIELD, removeFix } from '../finding';
import { findContacts } from '../detectors/contact';
import { excerpt } from '../text/measure';

// A barcode or QR scanner's listing talks about scanning QR codes; that is the product, not a contact.
const SCANNER_PRODUCT = /\b(?:scanner|scan|barcode|qr|printer|kasir|pos)\b/i;

export const contactInfo: Rule<'contact-info'> = {
  id: 'contact-info',
  messageKeys: ['rule_contact_info', 'rule_contact_info_qr', 'rule_contact_info_pointer'],
  check({ texts, profile, listing }) {
    const qr = !SCANNER_PRODUCT.test(listing.title);
    const findings: Finding[] = [];
    for (const { field, text } of texts) {
      for (const contact of findContacts(text, { qr, title: listing.title }).slice(0, MAX_FINDINGS_PER_FIELD)) {
        const span = { start: contact.start, end: contact.end };
        if (contact.kind === 'qr') {
          findings.push(
            makeFinding('contact-info', contact.severity, field, [excerpt(contact.phrase)], { span, messageKey: 'rule_contact_info_qr' }),
          );
          continue;
        }
        if (contact.kind === 'pointer') {
          const params = [excerpt(contact.phrase), profile.name];
          findings.push(makeFinding('contact-info', contact.severity, field, params, { span, messageKey: 'rule_contact_info_pointer' }));
          continue;
        }
        const fix =
          contact.severity === 'error'
            ? removeFix(field, text, { start: contact.removeFrom, end: contact.end }, 'fix_remove_contact')
            : undefined;
        findings.push(makeFinding('contact-info', contact.severity, field, [excerpt(contact.phrase), profile.name], { span, fix }));
      }
    }
    return findings;
  },
};
