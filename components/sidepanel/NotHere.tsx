/** "Rapi does not work on this page", with why: another site, a buyer's product page, or a page Rapi does not know. */
import { t, type Language } from '../../utils/i18n';
import type { Inactive } from '../../utils/tab-view/activity';
import { inactiveReasonKey } from '../../utils/tab-view/inactive-text';

export function NotHere({ language, why }: { language: Language; why: Inactive }) {
  return (
    <section
      className="rapi-sidepanel__not-here"
      data-testid="sidepanel-not-here"
      data-reason={why}
      aria-labelledby="sidepanel-not-here-title"
    >
      <h2 id="sidepanel-not-here-title">{t(language, 'sidepanel_not_here')}</h2>
      <p data-testid="sidepanel-why">{t(language, inactiveReasonKey(why))}</p>
      {why === 'not-marketplace' && <p className="rapi-note">{t(language, 'sidepanel_reload_hint')}</p>}
    </section>
  );
}
