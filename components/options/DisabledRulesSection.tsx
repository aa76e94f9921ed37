/** Quality checks the seller switched off from the panel, per marketplace, each one back on with a click. */
import { marketplaceName, t, type Language, type MessageKey } from '../../utils/i18n';
import { MARKETPLACE_IDS } from '../../utils/marketplaces/types';
import { ruleMessageKey, type RuleId, type RuleMessageKey } from '../../utils/quality/rule-ids';
import { enableAllRules, loadRuleSettings, setRuleEnabled, watchRuleSettings } from '../../utils/settings/rule-settings';
import { Section } from './Section';
import { useStored } from '../hooks/use-settings';

/** A short name per rule (`options_rule_title_too_long`); the panel's rule messages are whole sentences. */
type RuleNameKey = `options_${RuleMessageKey}`;
// Fails to compile when a rule has no short name in the Indonesian (reference) locale.
const everyRuleHasAName: RuleNameKey extends MessageKey ? true : never = true;
void everyRuleHasAName;

const ruleName = (language: Language, rule: RuleId) => t(language, `options_${ruleMessageKey(rule)}` as RuleNameKey);

export function DisabledRulesSection({ language }: { language: Language }) {
  const settings = useStored(loadRuleSettings, watchRuleSettings);
  const off = settings
    ? MARKETPLACE_IDS.flatMap((id) => (settings.disabled[id]?.length ? [[id, settings.disabled[id]!] as const] : []))
    : [];

  return (
    <Section id="rules" title={t(language, 'options_rules_title')} lead={t(language, 'options_rules_lead')}>
      {settings && off.length === 0 && (
        <p className="options-empty" data-testid="rules-none-off">
          {t(language, 'options_rules_none_off')}
        </p>
      )}
      {off.map(([marketplace, rules]) => (
        <div key={marketplace} className="options-card" data-testid={`rules-${marketplace}`}>
          <h3>{marketplaceName(language, marketplace)}</h3>
          <ul className="options-rules">
            {rules.map((rule) => (
              <li key={rule}>
                <span>{ruleName(language, rule)}</span>
                <button
                  type="button"
                  className="options-secondary"
                  onClick={() => void setRuleEnabled(marketplace, rule, true)}
                  // The same rule may be off on two marketplaces: the name says which rule, and where.
                  aria-label={t(
                    language,
                    'named_button',
                    t(language, 'options_rule_enable'),
                    `${ruleName(language, rule)} (${marketplaceName(language, marketplace)})`,
                  )}
                  data-testid={`rule-on-${marketplace}-${rule}`}
                >
                  {t(language, 'options_rule_enable')}
                </button>
              </li>
            ))}
          </ul>
          {rules.length > 1 && (
            <button
              type="button"
              className="options-link"
              onClick={() => void enableAllRules(marketplace)}
              aria-label={t(language, 'named_button', t(language, 'options_rules_enable_all'), marketplaceName(language, marketplace))}
              data-testid={`rules-all-on-${marketplace}`}
            >
              {t(language, 'options_rules_enable_all')}
            </button>
          )}
        </div>
      ))}
    </Section>
  );
}
