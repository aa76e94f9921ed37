/**
 * Adversarial inputs: 100 KB built to make regular expressions retry from every position. The
 * checker must finish and still judge them as it judges any listing: the 100 KB title is too
 * long and no input makes a rule throw. How long it takes is measured in `npm run bench`
 * (tests/bench/quality.ts: budget 50 ms each), never asserted here: a timed assertion fails on a
 * loaded machine whatever the code does. A pattern that backtracks catastrophically still fails
 * this file, by the test runner's own timeout, because 100 KB then takes minutes.
 */
import { describe, expect, it } from 'vitest';
import { checkListing } from './index';
import { ADVERSARIAL_INPUTS } from '../../tests/support/adversarial-inputs';

describe('adversarial inputs', () => {
  it.each(Object.entries(ADVERSARIAL_INPUTS))('%s (100 KB) is judged like any listing', (_name, text) => {
    const report = checkListing({ marketplace: 'shopee', title: text, description: text, found: ['description'] });
    const rules = report.findings.map((finding) => finding.ruleId);
    expect(rules).toContain('title-too-long');
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
    // Every finding points inside the text it names.
    for (const finding of report.findings) {
      if (finding.span) expect(finding.span.end).toBeLessThanOrEqual(text.length);
    }
  });
});
