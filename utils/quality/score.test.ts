import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeFor, scoreFindings } from './score';
import { RULE_IDS } from './rule-ids';
import { SEVERITIES, type Finding } from './types';
import { LISTING_FIELDS } from '../listing/listing';
import { PROFILES } from './profiles';

const finding = (severity: Finding['severity'] = 'error', ruleId: Finding['ruleId'] = 'contact-info'): Finding => ({
  ruleId,
  severity,
  field: 'title',
  messageKey: 'rule_contact_info',
  params: [],
});

const anyFinding = fc.record({
  ruleId: fc.constantFrom(...RULE_IDS),
  severity: fc.constantFrom(...SEVERITIES),
  field: fc.constantFrom(...LISTING_FIELDS),
  messageKey: fc.constant('rule_contact_info' as const),
  params: fc.constant([] as string[]),
});
const anyWeights = fc.oneof(
  fc.constantFrom(...Object.values(PROFILES).map((profile) => profile.ruleWeights)),
  fc.dictionary(fc.constantFrom(...RULE_IDS), fc.double()),
);

describe('scoreFindings', () => {
  it('is 100 with no findings and stays an integer in 0–100', () => {
    expect(scoreFindings([])).toBe(100);
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 200 }), anyWeights, (findings, weights) => {
        const score = scoreFindings(findings, weights);
        return Number.isInteger(score) && score >= 0 && score <= 100;
      }),
    );
  });

  it('never rises when an error is added (monotone)', () => {
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 60 }), anyWeights, fc.constantFrom(...RULE_IDS), (findings, weights, ruleId) => {
        return scoreFindings([...findings, finding('error', ruleId)], weights) <= scoreFindings(findings, weights);
      }),
      { numRuns: 500 },
    );
  });

  it('never rises when any finding is added', () => {
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 60 }), anyFinding, anyWeights, (findings, extra, weights) => {
        return scoreFindings([...findings, extra], weights) <= scoreFindings(findings, weights);
      }),
    );
  });

  it('caps a listing with an error at grade C, and weighs errors over warnings over tips', () => {
    expect(gradeFor(scoreFindings([finding('error')]))).toBe('C');
    expect(scoreFindings([finding('warning')])).toBeGreaterThan(scoreFindings([finding('error')]));
    expect(scoreFindings([finding('tip')])).toBeGreaterThan(scoreFindings([finding('warning')]));
  });

  it('counts repeats of one rule less than different rules', () => {
    const repeats = scoreFindings([finding('warning', 'title-promo-words'), finding('warning', 'title-promo-words')]);
    const different = scoreFindings([finding('warning', 'title-promo-words'), finding('warning', 'title-all-caps')]);
    expect(repeats).toBeGreaterThan(different);
  });

  it('deducts the base once per rule and severity, plus a quarter per repeat up to five', () => {
    const warnings = (n: number) => Array.from({ length: n }, () => finding('warning', 'title-promo-words'));
    expect(scoreFindings([finding('tip')])).toBe(97);
    expect(scoreFindings(warnings(1))).toBe(90);
    expect(scoreFindings(warnings(2))).toBe(88);
    expect(scoreFindings(warnings(5))).toBe(80);
    expect(scoreFindings(warnings(9))).toBe(80);
    expect(scoreFindings([finding('warning', 'title-promo-words'), finding('warning', 'title-all-caps')])).toBe(80);
  });

  it('scales a rule’s deduction by the marketplace’s weight, at most five times, and reads a broken weight as 1', () => {
    const warning = [finding('warning', 'title-promo-words')];
    const weighted = (weight: number) => scoreFindings(warning, { 'title-promo-words': weight });
    expect([0, 0.5, 2, 5, 10].map(weighted)).toEqual([100, 95, 80, 50, 50]);
    expect([-1, Number.NaN, Number.POSITIVE_INFINITY].map(weighted)).toEqual([90, 90, 90]);
    expect(scoreFindings(warning, { 'title-all-caps': 3 })).toBe(90);
  });

  it('goes no lower than 0', () => {
    const errors = RULE_IDS.slice(0, 8).map((ruleId) => finding('error', ruleId));
    expect(scoreFindings(errors)).toBe(0);
  });

  it('grades by fixed bands', () => {
    expect([100, 85, 84, 70, 69, 55, 54, 40, 39, 0].map(gradeFor)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D', 'E', 'E']);
  });
});
