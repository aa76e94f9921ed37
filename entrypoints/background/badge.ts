/** What the toolbar button shows for a tab: a dot when Rapi is working on the page, nothing otherwise. */
import type { PageMatch } from '../../utils/marketplaces/types';
import { marketplaceName, pageKindName, t, type Language } from '../../utils/i18n';

export interface Badge {
  text: string;
  title: string;
}

export function badgeFor(match: PageMatch | null, language: Language): Badge {
  const name = t(language, 'extName');
  if (!match) return { text: '', title: name };
  return {
    text: '●',
    title: `${name}: ${marketplaceName(language, match.marketplace)} · ${pageKindName(language, match.kind)}`,
  };
}
