/**
 * What the side panel needs from the browser, as one small interface: the tab it follows,
 * the hub's views of it, and the commands it sends. SidePanelApp takes it as a prop, so its
 * tests give a fake and the page gives `browserClient()` (browser-client.ts).
 */
import type { Language } from '../../utils/i18n';
import type { MarketplaceId } from '../../utils/marketplaces/types';
import type { Notice } from '../../utils/panel/panel-store';
import type { PageCommand, TabView } from '../../utils/messaging/tab-protocol';
import type { RuleId } from '../../utils/quality';

/** The tab the side panel follows; `url` only on the marketplace hosts Rapi may see. */
export interface FollowedTab {
  tabId: number;
  url?: string;
}

export interface SidePanelClient {
  language(): Promise<Language>;
  onLanguage(listener: (language: Language) => void): () => void;
  /** The active tab of the side panel's own window (not the side panel itself when it is shown as a tab). */
  activeTab(): Promise<FollowedTab | null>;
  /** Another tab became active in the window, or the followed one loaded another page. */
  onTabChange(listener: (tab: FollowedTab) => void): () => void;
  view(tabId: number): Promise<TabView | null>;
  /** Every view the hub pushes (of any tab; the app keeps the followed one's). */
  onView(listener: (view: TabView) => void): () => void;
  command(tabId: number, command: PageCommand): Promise<{ notice: Notice | null }>;
  disableRule(marketplace: MarketplaceId, rule: RuleId): Promise<void>;
  enableAllRules(marketplace: MarketplaceId): Promise<void>;
  openReport(id: number): Promise<void>;
}
