import { describe, expect, it } from 'vitest';
import { AUDIT_ISSUE_IDS } from '../../utils/audit';
import { catalogue } from '../../utils/i18n';
import { issueKey, issueLabels } from './issue-label';

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
