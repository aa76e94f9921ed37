/** Which marketplaces a snippet is offered on; none ticked means all of them. */
import { marketplaceName, t, type Language } from '../../utils/i18n';
import { MARKETPLACE_IDS, type MarketplaceId } from '../../utils/marketplaces/types';

export interface MarketplacePickerProps {
  language: Language;
  value: readonly MarketplaceId[];
  onChange: (value: MarketplaceId[]) => void;
}

export function MarketplacePicker({ language, value, onChange }: MarketplacePickerProps) {
  const toggle = (id: MarketplaceId, on: boolean) => onChange(MARKETPLACE_IDS.filter((each) => (each === id ? on : value.includes(each))));
  return (
    <fieldset className="options-fieldset" data-testid="snippet-marketplaces">
      <legend>{t(language, 'options_field_marketplaces')}</legend>
      {MARKETPLACE_IDS.map((id) => (
        <label key={id} className="options-check">
          <input
            type="checkbox"
            checked={value.includes(id)}
            onChange={(event) => toggle(id, event.target.checked)}
            data-testid={`snippet-mp-${id}`}
          />
          {marketplaceName(language, id)}
        </label>
      ))}
      <small className="options-hint">{t(language, 'options_field_marketplaces_hint')}</small>
    </fieldset>
  );
}
