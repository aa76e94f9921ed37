import { describe, expect, it } from 'vitest';
import { contactInfo } from './contact-info';
import { GOOD_DESCRIPTION, listingWith, runRule } from '../../../tests/support/test-listings';
import { applyFix } from '../fix';

describe('contact-info', () => {
  it('is an error for a WhatsApp number and removes it with its lead-in', () => {
    const listing = listingWith({ description: `${GOOD_DESCRIPTION}\nInfo lebih lanjut hubungi WA: 0812-3456-7890 ya kak` });
    const [finding] = runRule(contactInfo, listing);
    expect(finding).toMatchObject({ severity: 'error', field: 'description', params: ['0812-3456-7890', 'Shopee'] });
    expect(applyFix(listing, finding!.fix!)!.description!.endsWith('Info lebih lanjut ya kak')).toBe(true);
  });

  it('finds contacts in the title too', () => {
    expect(runRule(contactInfo, listingWith({ title: 'Kaos Polos IG: tokokaos Hitam' }))[0]).toMatchObject({
      field: 'title',
      severity: 'error',
    });
  });

  it('is a warning for an invitation or a QR mention, with no removal offered', () => {
    const [invite] = runRule(contactInfo, listingWith({ description: 'Order via WA saja kak.' }));
    expect(invite).toMatchObject({ severity: 'warning' });
    expect(invite!.fix).toBeUndefined();
    expect(runRule(contactInfo, listingWith({ description: 'Scan QR di foto untuk diskon.' }))[0]?.messageKey).toBe('rule_contact_info_qr');
  });

  it('stays quiet for the chat button, numbers that are not phones, and QR in a scanner listing', () => {
    expect(runRule(contactInfo, listingWith({}))).toEqual([]);
    expect(runRule(contactInfo, listingWith({ description: 'Tanya stok lewat chat penjual. SKU: BTK-2024-0012, Rp125.000.' }))).toEqual([]);
    expect(
      runRule(contactInfo, listingWith({ title: 'Barcode Scanner USB 2D QR', description: 'Bisa scan QR code dan barcode.' })),
    ).toEqual([]);
  });

  it('is a warning for a pointer to contacts kept elsewhere, with its own message', () => {
    const [finding] = runRule(contactInfo, listingWith({ description: `${GOOD_DESCRIPTION}\nNomor WA ada di foto ya kak, link di bio.` }));
    expect(finding).toMatchObject({
      severity: 'warning',
      messageKey: 'rule_contact_info_pointer',
      params: ['Nomor WA ada di foto', 'Shopee'],
    });
  });

  it('catches numbers disguised with words, look-alike letters and decorative digits', () => {
    for (const hidden of ['#Nol-813-8596-7878', 'kosong lapan satu tiga 8596 7878', 'O8l3-8596-7878', '⓪⑧①③⑧⑤⑨⑥⑦⑧⑦⑧']) {
      const [finding] = runRule(contactInfo, listingWith({ description: `Fast respon WA ${hidden} ya` }));
      expect(finding, hidden).toMatchObject({ severity: 'error', ruleId: 'contact-info' });
    }
  });

  it("leaves a brand's own support and warranty pages alone, but not a shop's site", () => {
    const title = 'Samsung Galaxy A55 5G 8/256 Garansi Resmi SEIN';
    const official = 'Cek garansi di https://www.samsung.com/id/support/ dan IMEI di http://kemenperin•go•id/imei/';
    expect(runRule(contactInfo, listingWith({ title, description: official }))).toEqual([]);
    expect(runRule(contactInfo, listingWith({ title, description: 'Katalog lengkap di https://tokohpku.com' }))[0]).toMatchObject({
      severity: 'error',
    });
  });

  it('calls a capitalised shop-style domain in the title a tip: it is usually the trading name', () => {
    expect(runRule(contactInfo, listingWith({ title: 'SERBAGUNA.ID Gantungan Dinding Tanpa Bor' }))[0]).toMatchObject({ severity: 'tip' });
  });

  it('fills the QR and pointer findings completely: rule, field, span and the phrase shown', () => {
    expect(runRule(contactInfo, listingWith({ description: 'Scan QR di foto untuk diskon.' }))).toEqual([
      {
        ruleId: 'contact-info',
        severity: 'warning',
        field: 'description',
        messageKey: 'rule_contact_info_qr',
        params: ['Scan QR'],
        span: { start: 0, end: 7 },
      },
    ]);
    expect(runRule(contactInfo, listingWith({ description: 'Link di bio ya kak.' }))).toEqual([
      {
        ruleId: 'contact-info',
        severity: 'warning',
        field: 'description',
        messageKey: 'rule_contact_info_pointer',
        params: ['Link di bio', 'Shopee'],
        span: { start: 0, end: 11 },
      },
    ]);
  });

  it('offers to remove a contact with a labelled fix that keeps what was there', () => {
    const description = 'Kaos katun adem. Hubungi WA 0812-3456-7890 ya kak';
    const [finding] = runRule(contactInfo, listingWith({ description }));
    expect(finding?.fix).toEqual({
      kind: 'replace-span',
      field: 'description',
      start: 17,
      end: 43,
      replacement: '',
      original: 'Hubungi WA 0812-3456-7890 ',
      labelKey: 'fix_remove_contact',
    });
  });

  it('reports at most ten contacts per field', () => {
    const description = Array.from({ length: 12 }, (_, i) => `@tokobatik${i}`).join(', ');
    expect(runRule(contactInfo, listingWith({ description }))).toHaveLength(10);
  });
});
