/** Saving a mentor's audit and opening its report: the background owns the database and the tabs. */
import { browser } from 'wxt/browser';
import { previousAudit, saveAudit, type RapiDb } from '../../utils/db';
import type { Handlers } from '../../utils/messaging/router';

export function auditHandlers(db: RapiDb): Pick<Handlers, 'audit/save' | 'audit/open-report'> {
  return {
    'audit/save': async ({ audit }) => {
      const saved = await saveAudit(db, audit);
      const before = await previousAudit(db, saved);
      const mean = (value: number | null | undefined) => (value === null || value === undefined ? null : value);
      const now = mean(saved.audit.summary.meanScore);
      const then = mean(before?.audit.summary.meanScore);
      return {
        id: saved.id,
        previous: before ? { id: before.id, at: before.audit.at, meanChange: now !== null && then !== null ? Math.round((now - then) * 10) / 10 : null } : null,
      };
    },
    'audit/open-report': async ({ id }) => {
      const report = browser.runtime.getURL('/report.html' as '/popup.html');
      await browser.tabs.create({ url: `${report}#id=${id}` });
      return { opened: true };
    },
  };
}
