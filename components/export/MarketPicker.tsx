/** The destination select, with a visible label. */
import { useId } from 'react';
import { EXPORT_MARKETS, type ExportMarket, MARKETS } from '../../utils/export';
import { t, type Language } from '../../utils/i18n';

export function MarketPicker(props: {
  language: Language;
  market: ExportMarket;
  onChange: (market: ExportMarket) => void;
  testId: string;
}) {
  const { language, market, onChange, testId } = props;
  const id = useId();
  return (
    <div className="rapi-export__market">
      <label htmlFor={id}>{t(language, 'export_market_label')}</label>{' '}
      <select
        id={id}
        value={market}
        data-testid={testId}
        onChange={(event) => {
          const next = EXPORT_MARKETS.find((m) => m === event.target.value);
          if (next) onChange(next);
        }}
      >
        {EXPORT_MARKETS.map((m) => (
          <option key={m} value={m}>
            {t(language, MARKETS[m].nameKey)}
          </option>
        ))}
      </select>
    </div>
  );
}
