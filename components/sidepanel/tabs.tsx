/**
 * The side panel's tabs. Each is a label and what it shows; adding one (the "Ekspor" tab of
 * issue 16) is one entry here. `shown` hides a tab where it has nothing to offer.
 */
import type { ReactNode } from 'react';
import type { Language } from '../../utils/i18n';
import type { MessageKey } from '../../utils/i18n/translate';
import type { TabView } from '../../utils/messaging/tab-protocol';
import { chromeTranslator } from '../../utils/export';
import { ExportPanel } from '../export/ExportPanel';
import { PageTab, type PageTabActions } from './PageTab';

export interface TabContentProps {
  language: Language;
  view: TabView;
  actions: PageTabActions;
}

export interface SidePanelTabSpec {
  id: string;
  labelKey: MessageKey;
  shown?: (view: TabView) => boolean;
  render: (props: TabContentProps) => ReactNode;
}

export const SIDEPANEL_TABS: readonly SidePanelTabSpec[] = [
  { id: 'page', labelKey: 'sidepanel_tab_page', render: (props) => <PageTab {...props} /> },
  {
    // Issue 16: only where there is a listing to take abroad (add/edit forms). The Translator is
    // looked up on each render: absent in Firefox and headless Chromium, and the glossary drafts.
    id: 'export',
    labelKey: 'export_tab',
    shown: (view) => Boolean(view.listing),
    render: ({ language, view }) =>
      view.listing && <ExportPanel listing={view.listing.read.listing} language={language} translator={chromeTranslator()} />,
  },
];
