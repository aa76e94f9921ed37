/**
 * Saving a mentor's audit and opening its report: the background owns the database and the tabs.
 * Both are limited per tab (rate-limit): they are the user's clicks, and a flood of them is not.
 */
import { browser } from 'wxt/browser';
import { rescored } from '../../utils/audit/rescore';
import { previousAudit, saveAudit, type RapiDb } from '../../utils/db';
import { t } from '../../utils/i18n/translate';
import type { Handlers } from '../../utils/messaging/router';
import { loadSettings } from '../../utils/settings/store';
import { AUDIT_SAVES_PER_MINUTE, createRateLimiter, REPORT_OPENS_PER_MINUTE } from './rate-limit';

const MINUTE_MS = 60_000;

async function refuse(key: 'audit_too_often' | 'report_too_often'): Promise<never> {
  const language = (await loadSettings().catch(() => undefined))?.language ?? 'id';
  throw new Error(t(language, key));
}

export function auditHandlers(db: RapiDb, now: () => number = Date.now): Pick<Handlers, 'audit/save' | 'audit/open-report'> {
  const saves = createRateLimiter({ max: AUDIT_SAVES_PER_MINUTE, windowMs: MINUTE_MS });
  const reports = createRateLimiter({ max: REPORT_OPENS_PER_MINUTE, windowMs: MINUTE_MS });
  // Messages without a tab come from Rapi's own pages; they share one allowance.
  const keyOf = (tabId: number | undefined) => tabId ?? 'extension';
  return {
    'audit/save': async ({ audit }, { tabId }) => {
      if (!saves.take(keyOf(tabId), now())) return refuse('audit_too_often');
      const saved = await saveAudit(db, audit);
      const before = await previousAudit(db, saved);
      const mean = (value: number | null | undefined) => (value === null || value === undefined ? null : value);
      const current = mean(saved.audit.summary.meanScore);
      // An audit from an older scoring model is judged again by today's, or the model's change would read as the shop's.
      const then = mean(before && rescored(before.audit).summary.meanScore);
      return {
        id: saved.id,
        previous: before
          ? {
              id: before.id,
              at: before.audit.at,
              meanChange: current !== null && then !== null ? Math.round((current - then) * 10) / 10 : null,
            }
          : null,
      };
    },
    'audit/open-report': async ({ id }, { tabId }) => {
      if (!reports.take(keyOf(tabId), now())) return refuse('report_too_often');
      const report = browser.runtime.getURL('/report.html' as '/popup.html');
      await browser.tabs.create({ url: `${report}#id=${id}` });
      return { opened: true };
    },
  };
}
