/**
 * What the toolbar button shows for a tab: a dot when Rapi is working on the page; otherwise
 * no dot, and the button's title says why Rapi does nothing there (issue 15: the toolbar
 * button says why).
 */
import type { PageMatch } from '../../utils/marketplaces/types';
import { marketplaceName, pageKindName, t, type Language } from '../../utils/i18n';
import { whyInactive } from '../../utils/tab-view/activity';
import { inactiveReasonKey } from '../../utils/tab-view/inactive-text';

export interface Badge {
  text: string;
  title: string;
}

/** `onMarketplaceHost`: the tab is on a marketplace host, so an unknown page there is one Rapi does not know. */
export function badgeFor(match: PageMatch | null, language: Language, onMarketplaceHost = match !== null): Badge {
  const name = t(language, 'extName');
  const why = whyInactive(match, onMarketplaceHost);
  if (why) return { text: '', title: `${name}: ${t(language, inactiveReasonKey(why))}` };
  const active = match as PageMatch;
  return {
    text: '●',
    title: `${name}: ${marketplaceName(language, active.marketplace)} · ${pageKindName(language, active.kind)}`,
  };
}
