/**
 * The panel Rapi shows beside a marketplace page. For now it says what Rapi sees
 * (marketplace and page kind); later features add their sections below. All text
 * is rendered by React as text nodes, never as HTML.
 */
import { useSyncExternalStore } from 'react';
import { marketplaceName, pageKindName, t } from '../../utils/i18n';
import type { PanelStore } from '../../utils/panel/panel-store';
import { ListingFields, type ListingActions } from './ListingFields';
import { NoticeBar } from './NoticeBar';
import { QualitySection, type QualityActions } from './QualitySection';
import { TagsSection } from './TagsSection';
import { Palette, type PaletteProps } from './Palette';
import { AuditSection } from './AuditSection';
import type { AuditActions } from '../../utils/panel/section-states';
import type { TagSuggestion } from '../../utils/tags';

export type PanelActions = ListingActions &
  QualityActions &
  AuditActions & {
    undo: () => void;
    dismissNotice: () => void;
    insertTag: (tag: TagSuggestion) => void;
    openPalette: () => void;
    closePalette: () => void;
    searchSnippets: PaletteProps['search'];
    insertSnippet: PaletteProps['insert'];
    manageSnippets: () => void;
  };

const noop = () => {};
const NO_ACTIONS: PanelActions = {
  teach: noop,
  cancelTeach: noop,
  focusField: noop,
  applyFix: noop,
  showFinding: noop,
  disableRule: noop,
  enableAllRules: noop,
  undo: noop,
  dismissNotice: noop,
  insertTag: noop,
  openPalette: noop,
  closePalette: noop,
  searchSnippets: async () => [],
  insertSnippet: async () => null,
  manageSnippets: noop,
  runAudit: noop,
  loadAll: noop,
  cancelLoad: noop,
  openReport: noop,
};

export function Panel({ store, onToggle, actions = NO_ACTIONS }: { store: PanelStore; onToggle: () => void; actions?: PanelActions }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { match, language, collapsed } = state;

  if (collapsed) {
    return (
      <button
        type="button"
        className="rapi-fab"
        data-testid="rapi-expand"
        aria-label={t(language, 'panel_expand')}
        title={t(language, 'panel_expand')}
        onClick={onToggle}
      >
        R
      </button>
    );
  }

  return (
    <section
      className="rapi-panel"
      data-testid="rapi-panel"
      data-marketplace={match.marketplace}
      data-kind={match.kind}
      lang={language}
      aria-label={t(language, 'panel_title')}
    >
      <header className="rapi-panel__header">
        <span className="rapi-panel__logo" aria-hidden="true">
          R
        </span>
        <h2 className="rapi-panel__title">{t(language, 'panel_title')}</h2>
        <button type="button" className="rapi-button" data-testid="rapi-open-palette" onClick={actions.openPalette}>
          {t(language, 'palette_open')}
        </button>
        <button
          type="button"
          className="rapi-panel__collapse"
          data-testid="rapi-collapse"
          aria-label={t(language, 'panel_collapse')}
          title={t(language, 'panel_collapse')}
          onClick={onToggle}
        >
          –
        </button>
      </header>
      <p className="rapi-panel__lead">{t(language, 'panel_sees')}</p>
      <p className="rapi-panel__page">
        <strong data-testid="rapi-marketplace">{marketplaceName(language, match.marketplace)}</strong>
        <span aria-hidden="true"> · </span>
        <span data-testid="rapi-page-kind">{pageKindName(language, match.kind)}</span>
      </p>
      {state.palette && (
        <Palette
          language={language}
          hasTarget={state.palette.hasTarget}
          search={actions.searchSnippets}
          insert={actions.insertSnippet}
          close={actions.closePalette}
          manage={actions.manageSnippets}
        />
      )}
      {state.notice && <NoticeBar language={language} notice={state.notice} onUndo={actions.undo} onDismiss={actions.dismissNotice} />}
      {state.audit && <AuditSection language={language} state={state.audit} actions={actions} />}
      {state.quality && (
        <QualitySection
          language={language}
          marketplace={match.marketplace}
          state={state.quality}
          listing={state.listing?.read.listing}
          actions={actions}
        />
      )}
      {state.tags && <TagsSection language={language} state={state.tags} onInsert={actions.insertTag} />}
      {state.listing && <ListingFields language={language} state={state.listing} actions={actions} />}
      <p className="rapi-panel__privacy">{t(language, 'panel_privacy')}</p>
    </section>
  );
}
