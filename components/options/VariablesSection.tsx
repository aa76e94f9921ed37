/** Values templates pull in ("Isian"): the shop's name and city, and the seller's own, each by its plain label. */
import { useLiveQuery } from 'dexie-react-hooks';
import { loadVariables } from '../../utils/db';
import { t, type Language } from '../../utils/i18n';
import { variableLabel } from '../../utils/snippets/variable-label';
import { SHOP_VARIABLES } from '../../utils/snippets';
import { useDb } from './db-context';
import { NewVariable } from './NewVariable';
import { Section } from './Section';
import { VariableField } from './VariableField';

const SHOP: ReadonlySet<string> = new Set(SHOP_VARIABLES);

export function VariablesSection({ language }: { language: Language }) {
  const db = useDb();
  const variables = useLiveQuery(() => loadVariables(db), [db]);
  if (!variables) return null;
  const own = Object.keys(variables)
    .filter((name) => !SHOP.has(name))
    .sort();

  return (
    <Section id="variables" title={t(language, 'options_variables_title')} lead={t(language, 'options_variables_lead')}>
      <div className="options-cards">
        {SHOP_VARIABLES.map((name) => (
          <VariableField
            key={name}
            language={language}
            name={name}
            label={variableLabel(language, name)}
            stored={variables[name] ?? ''}
            removable={variables[name] !== undefined}
          />
        ))}
        {own.map((name) => (
          <VariableField
            key={name}
            language={language}
            name={name}
            label={variableLabel(language, name)}
            stored={variables[name]!}
            removable
          />
        ))}
      </div>
      <NewVariable language={language} taken={new Set(Object.keys(variables))} />
    </Section>
  );
}
