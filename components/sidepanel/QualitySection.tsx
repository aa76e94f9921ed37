/**
 * The live checklist: a score ring with the marketplace's own tier, findings
 * grouped by severity and by rule: one plain sentence of advice per rule (what is
 * wrong, what to do), the words it was found in, and why on request. A rule that
 * fires on five words is one item, not five. A click shows the field on the page,
 * a button applies the safe fix, another switches the rule off here. The score is
 * the one the audit report gives the same listing (utils/audit/listing-score.ts).
 */
import { useMemo } from 'react';
import { scoreReport } from '../../utils/audit/listing-score';
import { marketplaceName, t, type Language, type MessageKey } from '../../utils/i18n';
import type { MarketplaceId } from '../../utils/marketplaces/types';
import { ruleMessageKey, SEVERITIES, type Finding, type RuleId } from '../../utils/quality';
import { issueAdvice } from '../shared/issue-label';
import { groupFindings, type ListingText, type QualityPanelState } from '../../utils/panel/panel-store';
import { ScoreRing } from '../shared/ScoreRing';
import { tierLabel } from './tier-label';

export interface QualityActions {
  applyFix: (finding: Finding) => void;
  showFinding: (finding: Finding) => void;
  disableRule: (rule: RuleId) => void;
  enableAllRules: () => void;
}

/** The rule's short name (as the options page lists switched-off rules), naming each rule's buttons apart. */
const ruleName = (language: Language, rule: RuleId) => t(language, `options_${ruleMessageKey(rule)}` as MessageKey);

const GROUP_TITLE = { error: 'quality_group_error', warning: 'quality_group_warning', tip: 'quality_group_tip' } as const;

export function QualitySection(props: {
  language: Language;
  marketplace: MarketplaceId;
  state: QualityPanelState;
  listing?: ListingText;
  actions: QualityActions;
}) {
  const { language, marketplace, state, actions } = props;
  const { report } = state;
  const listing = props.listing ?? { title: '' };
  const { score, grade } = useMemo(() => scoreReport(report, listing.title), [report, listing.title]);
  const groups = useMemo(() => groupFindings(report.findings, listing), [report.findings, listing]);
  const tier = tierLabel(language, report.tier);
  const unknown = report.unknown.map((field) => t(language, `field_${field}` as MessageKey)).join(', ');
  const scoreText = t(language, 'quality_score', String(score), grade);
  const disableText = t(language, 'quality_disable_rule', marketplaceName(language, marketplace));
  return (
    <section className="rapi-quality" data-testid="rapi-quality">
      <h2 className="rapi-section-title">{t(language, 'quality_heading')}</h2>
      <div className="rapi-quality__summary">
        <ScoreRing score={score} grade={grade} label={scoreText} />
        <div>
          <div>{scoreText}</div>
          {tier && (
            <div className="rapi-note" data-testid="rapi-tier">
              {tier}
            </div>
          )}
        </div>
      </div>
      {report.findings.length === 0 && <p data-testid="rapi-no-findings">{t(language, 'quality_no_findings')}</p>}
      {SEVERITIES.map((severity) => {
        const inSeverity = groups.filter((group) => group.severity === severity);
        if (inSeverity.length === 0) return null;
        return (
          <div key={severity} className={`rapi-group rapi-group--${severity}`}>
            <h3 className="rapi-group__title">{t(language, GROUP_TITLE[severity])}</h3>
            <ul className="rapi-findings">
              {inSeverity.map(({ ruleId, findings, examples }) => {
                const first = findings[0]!;
                const fixable = findings.find((finding) => finding.fix);
                const quoted = examples.map((example) => `“${example}”`).join(', ');
                return (
                  <li
                    key={ruleId}
                    className="rapi-finding"
                    data-testid={`rapi-finding-${ruleId}`}
                    data-severity={severity}
                    data-count={findings.length}
                  >
                    <button
                      type="button"
                      className="rapi-finding__text"
                      onClick={() => actions.showFinding(first)}
                      title={t(language, 'quality_show_field')}
                    >
                      {issueAdvice(language, ruleId)}
                    </button>
                    {quoted && (
                      <div className="rapi-note" data-testid={`rapi-found-${ruleId}`}>
                        {findings.length > 1
                          ? t(language, 'quality_found_count', String(findings.length), quoted)
                          : t(language, 'quality_found_in', quoted)}
                      </div>
                    )}
                    <details className="rapi-note">
                      <summary>{t(language, 'quality_why')}</summary>
                      {t(language, first.messageKey, ...first.params)}
                    </details>
                    <div className="rapi-finding__actions">
                      {fixable?.fix && (
                        <button
                          type="button"
                          className="rapi-button"
                          data-testid={`rapi-fix-${ruleId}`}
                          aria-label={t(language, 'named_button', t(language, fixable.fix.labelKey), ruleName(language, ruleId))}
                          onClick={() => actions.applyFix(fixable)}
                        >
                          {t(language, fixable.fix.labelKey)}
                        </button>
                      )}
                      <button
                        type="button"
                        className="rapi-link rapi-note"
                        data-testid={`rapi-disable-${ruleId}`}
                        aria-label={t(language, 'named_button', disableText, ruleName(language, ruleId))}
                        onClick={() => actions.disableRule(ruleId)}
                      >
                        {disableText}
                      </button>
                    </div>
                  </li>
                );
              })}
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
