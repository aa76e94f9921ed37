/** Typed shortcuts (";garansi" then space), switched on per marketplace; off until the seller chooses. */
import { marketplaceName, t, type Language } from '../../utils/i18n';
import { MARKETPLACE_IDS } from '../../utils/marketplaces/types';
import { loadTypedShortcuts, setTypedShortcuts, watchTypedShortcuts } from '../../utils/settings/typed-shortcuts';
import { Section } from './Section';
import { useStored } from '../hooks/use-settings';

export function TypedShortcutsSection({ language }: { language: Language }) {
  const settings = useStored(loadTypedShortcuts, watchTypedShortcuts);
  return (
    <Section id="typed" title={t(language, 'options_typed_title')} lead={t(language, 'options_typed_lead')}>
      {settings && (
        <ul className="options-toggles" data-testid="typed-shortcuts">
          {MARKETPLACE_IDS.map((id) => (
            <li key={id}>
              <label className="options-switch">
                <input
                  type="checkbox"
                  role="switch"
                  aria-checked={settings[id]}
                  checked={settings[id]}
                  onChange={(event) => void setTypedShortcuts(id, event.target.checked)}
                  data-testid={`typed-${id}`}
                />
                {marketplaceName(language, id)}
              </label>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
