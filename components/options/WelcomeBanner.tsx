/**
 * First run: Rapi opens this page on install to ask for the shop's name and city,
 * which most snippets use. Shown until both are stored; the fields themselves stay
 * in the Variables section, so there is one place to edit them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { loadVariables } from '../../utils/db';
import { t, type Language } from '../../utils/i18n';
import { useDb } from './db-context';

function goToShopFields(): void {
  const section = document.getElementById('variables');
  section?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  const empty = [...(section?.querySelectorAll('input') ?? [])].find((input) => input.value.trim() === '');
  empty?.focus({ preventScroll: true });
}

export function WelcomeBanner({ language }: { language: Language }) {
  const db = useDb();
  const variables = useLiveQuery(() => loadVariables(db), [db]);
  if (!variables || (variables.nama_toko && variables.kota)) return null;
  return (
    <div className="options-welcome" role="note" data-testid="options-welcome">
      <div>
        <strong>{t(language, 'options_welcome_title')}</strong>
        <p>{t(language, 'options_welcome_body')}</p>
      </div>
      <button type="button" className="options-primary" onClick={goToShopFields} data-testid="options-welcome-go">
        {t(language, 'options_welcome_action')}
      </button>
    </div>
  );
}
