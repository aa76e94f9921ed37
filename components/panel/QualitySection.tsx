/**
 * The live checklist: a score ring with the marketplace's own tier, findings
 * grouped by severity, each explained in one sentence; a click shows the field on
 * the page, a button applies the safe fix, another switches the rule off here.
 */
import { marketplaceName, t, type Language, type MessageKey } from '../../utils/i18n';
import type { MarketplaceId } from '../../utils/marketplaces/types';
import { SEVERITIES, type Finding, type RuleId } from '../../utils/quality';
import type { QualityPanelState } from './panel-store';
import { ScoreRing } from './ScoreRing';
import { tierLabel } from './tier-label';

export interface QualityActions {
  applyFix: (finding: Finding) => void;
  showFinding: (finding: Finding) => void;
  disableRule: (rule: RuleId) => void;
  enableAllRules: () => void;
}

const GROUP_TITLE = { error: 'quality_group_error', warning: 'quality_group_warning', tip: 'quality_group_tip' } as const;

export function QualitySection(props: { language: Language; marketplace: MarketplaceId; state: QualityPanelState; actions: QualityActions }) {
  const { language, marketplace, state, actions } = props;
  const { report } = state;
  const tier = tierLabel(language, report.tier);
  const unknown = report.unknown.map((field) => t(language, `field_${field}` as MessageKey)).join(', ');
  return (
    <section className="rapi-quality" data-testid="rapi-quality">
      <h3 className="rapi-section-title">{t(language, 'quality_heading')}</h3>
      <div className="rapi-quality__summary">
        <ScoreRing score={report.score} grade={report.grade} label={t(language, 'quality_score', String(report.score), report.grade)} />
        <div>
          <div>{t(language, 'quality_score', String(report.score), report.grade)}</div>
          {tier && (
            <div className="rapi-note" data-testid="rapi-tier">
              {tier}
            </div>
          )}
        </div>
      </div>
      {report.findings.length === 0 && <p data-testid="rapi-no-findings">{t(language, 'quality_no_findings')}</p>}
      {SEVERITIES.map((severity) => {
        const findings = report.findings.filter((f) => f.severity === severity);
        if (findings.length === 0) return null;
        return (
          <div key={severity} className={`rapi-group rapi-group--${severity}`}>
            <h4 className="rapi-group__title">{t(language, GROUP_TITLE[severity])}</h4>
            <ul className="rapi-findings">
              {findings.map((finding, index) => (
                <li key={`${finding.ruleId}-${index}`} className="rapi-finding" data-testid={`rapi-finding-${finding.ruleId}`} data-severity={severity}>
                  <button type="button" className="rapi-finding__text" onClick={() => actions.showFinding(finding)} title={t(language, 'quality_show_field')}>
                    {t(language, finding.messageKey, ...finding.params)}
                  </button>
                  <div className="rapi-finding__actions">
                    {finding.fix && (
                      <button type="button" className="rapi-button" data-testid={`rapi-fix-${finding.ruleId}`} onClick={() => actions.applyFix(finding)}>
                        {t(language, finding.fix.labelKey)}
                      </button>
                    )}
                    <button
                      type="button"
                      className="rapi-link rapi-note"
                      data-testid={`rapi-disable-${finding.ruleId}`}
                      onClick={() => actions.disableRule(finding.ruleId)}
                    >
                      {t(language, 'quality_disable_rule', marketplaceName(language, marketplace))}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {unknown && <p className="rapi-note">{t(language, 'quality_unknown', unknown)}</p>}
      {state.disabledCount > 0 && (
        <p className="rapi-note">
          {t(language, 'quality_disabled_count', String(state.disabledCount))}{' '}
          <button type="button" className="rapi-link" data-testid="rapi-enable-all" onClick={actions.enableAllRules}>
            {t(language, 'quality_enable_all')}
          </button>
        </p>
      )}
    </section>
  );
}
