/** "Pengaturan Rapi": snippets, backups, variables, typed shortcuts, switched-off checks, language. */
import { useEffect } from 'react';
import { rapiDb, type RapiDb } from '../../utils/db';
import { StorageBoundary } from '../storage/StorageBoundary';
import { StorageUnavailable } from '../storage/StorageUnavailable';
import { useStorage } from '../storage/use-storage';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { AuditHistorySection } from './AuditHistorySection';
import { BackupSection } from './BackupSection';
import { DbContext } from './db-context';
import { DisabledRulesSection } from './DisabledRulesSection';
import { LanguagePicker } from './LanguagePicker';
import { SnippetsSection } from './SnippetsSection';
import { TypedShortcutsSection } from './TypedShortcutsSection';
import { useLanguage } from '../hooks/use-settings';
import { VariablesSection } from './VariablesSection';
import { WelcomeBanner } from './WelcomeBanner';

const NAV: readonly [id: string, key: MessageKey][] = [
  ['snippets', 'options_snippets_title'],
  ['backup', 'options_backup_title'],
  ['variables', 'options_variables_title'],
  ['typed', 'options_typed_title'],
  ['rules', 'options_rules_title'],
  ['audits', 'options_audits_title'],
];

function Nav({ language }: { language: Language }) {
  // Buttons, not #anchors: the hash belongs to #edit=<id>.
  const go = (id: string) => document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  return (
    <nav className="options-nav" aria-label={t(language, 'options_nav')}>
      {NAV.map(([id, key]) => (
        <button key={id} type="button" className="options-link" onClick={() => go(id)}>
          {t(language, key)}
        </button>
      ))}
    </nav>
  );
}

/** `db` lets a test pass a fresh database; the page uses Rapi's own. */
export function OptionsApp({ db }: { db?: RapiDb }) {
  const language = useLanguage();
  const storage = useStorage(db ?? rapiDb());

  useEffect(() => {
    if (!language) return;
    document.title = t(language, 'options_title');
    document.documentElement.lang = language;
  }, [language]);

  if (!language) return null;
  return (
    <DbContext.Provider value={db ?? null}>
      <div className="options" lang={language} data-testid="options-page">
        <header className="options-header">
          <span className="options-logo" aria-hidden="true">
            R
          </span>
          <h1>{t(language, 'options_title')}</h1>
          <LanguagePicker language={language} />
        </header>
        <Nav language={language} />
        <main>
          {/* Without the database, one plain message; the settings below live in extension storage and still work. */}
          {storage === 'unavailable' && (
            <StorageUnavailable language={language} className="options-card" buttonClassName="options-primary" />
          )}
          {storage === 'ready' && (
            <StorageBoundary language={language} className="options-card" buttonClassName="options-primary">
              <WelcomeBanner language={language} />
              <SnippetsSection language={language} />
              <BackupSection language={language} />
              <VariablesSection language={language} />
            </StorageBoundary>
          )}
          <TypedShortcutsSection language={language} />
          <DisabledRulesSection language={language} />
          {storage === 'ready' && (
            <StorageBoundary language={language} className="options-card" buttonClassName="options-primary">
              <AuditHistorySection language={language} />
            </StorageBoundary>
          )}
        </main>
        <footer className="options-privacy" data-testid="options-privacy">
          {t(language, 'options_privacy')}
        </footer>
      </div>
    </DbContext.Provider>
  );
}
