/**
 * "This page": what the floating panel shows today (notice, audit, quality, tags, the fields
 * read), with the panel's own section components; their actions become page commands the
 * background routes to the tab.
 */
import type { Language } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import type { PageCommand, TabView } from '../../utils/messaging/tab-protocol';
import type { RuleId } from '../../utils/quality';
import { AuditSection } from './AuditSection';
import { ListingFields } from './ListingFields';
import { NoticeBar } from './NoticeBar';
import { QualitySection } from './QualitySection';
import { TagsSection } from './TagsSection';

export interface PageTabActions {
  command(command: PageCommand): void;
  disableRule(rule: RuleId): void;
  enableAllRules(): void;
  openReport(id: number): void;
}

export function PageTab({ language, view, actions }: { language: Language; view: TabView; actions: PageTabActions }) {
  const { command } = actions;
  const match = view.match;
  if (!match) return null;
  return (
    <>
      {view.notice && (
        <NoticeBar
          language={language}
          notice={view.notice}
          onUndo={() => command({ command: 'undo' })}
          onDismiss={() => command({ command: 'dismiss-notice' })}
        />
      )}
      {match.kind === 'listing-editor' && (
        <button
          type="button"
          className="rapi-button"
          data-testid="sidepanel-open-palette"
          onClick={() => command({ command: 'palette-open' })}
        >
          {t(language, 'palette_open')}
        </button>
      )}
      {view.audit && (
        <AuditSection
          language={language}
          state={view.audit}
          actions={{
            runAudit: () => command({ command: 'audit-run' }),
            loadAll: () => command({ command: 'audit-load-all' }),
            cancelLoad: () => command({ command: 'audit-cancel-load' }),
            openReport: actions.openReport,
          }}
        />
      )}
      {view.quality && (
        <QualitySection
          language={language}
          marketplace={match.marketplace}
          state={view.quality}
          listing={view.listing?.read.listing}
          actions={{
            applyFix: (finding) => finding.fix && command({ command: 'apply-fix', fix: finding.fix }),
            showFinding: (finding) => command({ command: 'show-finding', finding }),
            disableRule: actions.disableRule,
            enableAllRules: actions.enableAllRules,
          }}
        />
      )}
      {view.tags && (
        <TagsSection language={language} state={view.tags} onInsert={(tag) => command({ command: 'insert-tag', insert: tag.insert })} />
      )}
      {view.listing && (
        <ListingFields
          language={language}
          state={view.listing}
          actions={{
            teach: (field) => command({ command: 'teach', field }),
            cancelTeach: () => command({ command: 'cancel-teach' }),
            focusField: (field) => command({ command: 'focus-field', field }),
          }}
        />
      )}
    </>
  );
}
