import { describe, expect, it } from 'vitest';
import { checkListing } from '../quality';
import { RequestSchema } from './protocol';
import { AgentMessageSchema, ExtractedCardsSchema, FindingSchema, PageCommandSchema, PageStateRequestSchema } from './tab-protocol';

const LISTING_STATE = {
  listing: { marketplace: 'shopee', title: 'Kemeja batik pria', description: 'Bahan katun', found: ['title', 'description'] },
  sources: { title: 'selector', description: 'label' },
  teaching: null,
};
const STATE = { type: 'page/state', match: { marketplace: 'shopee', kind: 'listing-editor' }, listing: LISTING_STATE, fields: ['title'] };
const FIX = {
  kind: 'replace-span',
  field: 'title',
  start: 0,
  end: 5,
  replacement: 'Promo',
  original: 'PROMO',
  labelKey: 'fix_lowercase',
};
const FINDING = {
  ruleId: 'title-all-caps',
  severity: 'warning',
  field: 'title',
  messageKey: 'rule_title_all_caps',
  params: [],
  span: { start: 0, end: 5 },
  fix: FIX,
};

describe('side panel protocol', () => {
  it('takes a page state, a marker click, a view request and a command through the router schema', () => {
    for (const message of [
      STATE,
      { type: 'page/state', match: null, fields: [] },
      { type: 'sidepanel/open', field: 'description' },
      { type: 'sidepanel/open' },
      { type: 'view/get', tabId: 3 },
      { type: 'page/command', tabId: 3, command: { command: 'apply-fix', fix: FIX } },
      { type: 'page/command', tabId: 3, command: { command: 'show-finding', finding: FINDING } },
      { type: 'page/command', tabId: 3, command: { command: 'focus-field', field: 'title', span: { start: 1, end: 2 } } },
    ]) {
      expect(RequestSchema.safeParse(message).success, JSON.stringify(message)).toBe(true);
    }
  });

  it.each([
    ['a listing of another shape', { ...STATE, listing: { ...LISTING_STATE, listing: { title: 3 } } }],
    ['a field that is not a text field', { ...STATE, fields: ['imageCount'] }],
    ['a source Rapi does not know', { ...STATE, listing: { ...LISTING_STATE, sources: { title: 'guessed' } } }],
    ['an extra key', { ...STATE, html: '<img onerror=alert(1)>' }],
    ['a 3 MB title', { ...STATE, listing: { ...LISTING_STATE, listing: { marketplace: 'shopee', title: 'a'.repeat(3_000_000) } } }],
    ['a negative loading count', { ...STATE, loading: -1 }],
  ])('rejects a page state with %s', (_name, message) => {
    expect(PageStateRequestSchema.safeParse(message).success).toBe(false);
    expect(RequestSchema.safeParse(message).success).toBe(false);
  });

  it.each([
    ['an unknown command', { command: 'delete-listing' }],
    ['a fix for a field that does not exist', { command: 'apply-fix', fix: { ...FIX, field: 'password' } }],
    ['a fix with a negative span', { command: 'apply-fix', fix: { ...FIX, start: -4 } }],
    ['a fix whose label is not a locale key', { command: 'apply-fix', fix: { ...FIX, labelKey: '<b>x</b>' } }],
    ['a finding of a rule Rapi does not have', { command: 'show-finding', finding: { ...FINDING, ruleId: 'be-evil' } }],
    ['a finding with a severity Rapi does not have', { command: 'show-finding', finding: { ...FINDING, severity: 'fatal' } }],
    ['an empty tag', { command: 'insert-tag', insert: '' }],
    ['a tag of a kilobyte', { command: 'insert-tag', insert: 'a'.repeat(1000) }],
    ['teaching a field that is not a text field', { command: 'teach', field: 'imageCount' }],
    ['an extra key', { command: 'undo', all: true }],
  ])('rejects a command with %s', (_name, command) => {
    expect(PageCommandSchema.safeParse(command).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'page/command', tabId: 1, command }).success).toBe(false);
  });

  it('rejects a command for a tab id that is not a tab id', () => {
    for (const tabId of [-1, 1.5, '7', null]) {
      expect(RequestSchema.safeParse({ type: 'page/command', tabId, command: { command: 'undo' } }).success).toBe(false);
    }
  });

  it('parses every finding the quality engine makes, fixes included', () => {
    expect(FindingSchema.parse(FINDING)).toEqual(FINDING);
    const report = checkListing({
      marketplace: 'shopee',
      title: 'KEMEJA BATIK PRIA TERMURAH!!! PROMO GRATIS ONGKIR shopee tokopedia',
      description: 'Hubungi wa 0812 3456 7890. #batik #batik #a #b #c #d #e #f #g #h #i #j #k #l #m #n #o #p #q #r #s',
      priceIdr: 1,
      stock: 0,
      found: ['title', 'description', 'priceIdr', 'stock'],
    });
    expect(report.findings.filter((finding) => finding.fix).length).toBeGreaterThan(0);
    for (const finding of report.findings) expect(FindingSchema.safeParse(finding).success, finding.ruleId).toBe(true);
  });

  it('parses the messages a page agent takes, and nothing else', () => {
    expect(AgentMessageSchema.safeParse({ type: 'page/markers', markers: [{ field: 'title', count: 2, worst: 'error' }] }).success).toBe(
      true,
    );
    expect(AgentMessageSchema.safeParse({ type: 'page/extract-cards' }).success).toBe(true);
    expect(AgentMessageSchema.safeParse({ type: 'page/command', command: { command: 'cancel-teach' } }).success).toBe(true);
    for (const bad of [
      { type: 'palette/open' },
      { type: 'page/markers', markers: [{ field: 'title', count: 0, worst: 'error' }] },
      { type: 'page/markers', markers: [{ field: 'title', count: 1, worst: 'fatal' }] },
      { type: 'page/command', command: { command: 'teach' } },
    ]) {
      expect(AgentMessageSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('checks the cards an agent sends back for the audit', () => {
    expect(
      ExtractedCardsSchema.safeParse({ cards: [{ title: 'Kopi Gayo 250 g', priceIdr: 85000 }], url: 'https://shopee.co.id/toko' }).success,
    ).toBe(true);
    expect(ExtractedCardsSchema.safeParse({ cards: [{ title: 'x', rating: 9 }], url: 'https://shopee.co.id/toko' }).success).toBe(false);
    expect(ExtractedCardsSchema.safeParse({ cards: [], url: 'x', shop: { name: 'Toko', from: 'cookie' } }).success).toBe(false);
  });
});
