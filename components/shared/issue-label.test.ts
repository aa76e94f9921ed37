import { describe, expect, it } from 'vitest';
import { AUDIT_ISSUE_IDS } from '../../utils/audit';
import { catalogue } from '../../utils/i18n';
import { issueAdvice, issueKey, issueLabel, issueLabels } from './issue-label';

describe('issue labels', () => {
  it.each(['id', 'en'] as const)('every audit issue has a short %s label', (language) => {
    for (const id of AUDIT_ISSUE_IDS) {
      const entry = catalogue(language)[issueKey(id)];
      expect(entry?.message, id).toBeTruthy();
      // Short enough for a chart label and a table chip.
      expect(entry!.message.length, id).toBeLessThanOrEqual(34);
    }
    expect(new Set(issueLabels(language).values()).size).toBe(AUDIT_ISSUE_IDS.length);
  });
});

describe('issue advice', () => {
  const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '').length;

  it.each(['id', 'en'] as const)('every audit issue reads as one plain %s sentence: what is wrong, then what to do', (language) => {
    for (const id of AUDIT_ISSUE_IDS) {
      const advice = issueAdvice(language, id);
      expect(catalogue(language)[`advice_${id.replace(/-/g, '_')}`], id).toBeDefined();
      expect(sentences(advice), `${id}: ${advice}`).toBe(1);
      expect(advice, id).toMatch(/^[^:]+: [^:]+\.$/);
      expect(advice, id).not.toMatch(/\$|\{|\}|_|report_issue|advice_/);
      expect(advice.toLowerCase(), id).not.toContain(id);
    }
  });

  it('never shows an internal id, even for an issue the locales do not know yet', () => {
    for (const language of ['id', 'en'] as const) {
      expect(issueLabel(language, 'price-implausible-2099')).toBe(catalogue(language).report_issue_other!.message);
      expect(issueAdvice(language, 'price-implausible-2099')).toBe(catalogue(language).advice_other!.message);
    }
    expect(issueAdvice('en', 'title-too-short')).toBe('The title is too short: add the brand, the product type and a size or colour.');
  });
});
