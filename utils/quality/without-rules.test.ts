import { describe, expect, it } from 'vitest';
import { checkListing } from './index';
import { withoutRules } from './without-rules';

describe('withoutRules', () => {
  const report = checkListing({
    marketplace: 'shopee',
    title: 'KOPI GAYO',
    description: 'Kopi enak. Hubungi WA 0812-3456-7890',
    found: ['title', 'description'],
  });

  it('drops the switched-off rules and never lowers the score by doing so', () => {
    const ids = [...new Set(report.findings.map((f) => f.ruleId))];
    expect(ids.length).toBeGreaterThan(1);
    const lighter = withoutRules(report, [ids[0]!]);
    expect(lighter.findings.some((f) => f.ruleId === ids[0])).toBe(false);
    expect(lighter.findings.length).toBeLessThan(report.findings.length);
    expect(lighter.score).toBeGreaterThanOrEqual(report.score);
    expect(lighter.tier).toEqual(report.tier);
  });

  it('is the same report when nothing is switched off', () => {
    expect(withoutRules(report, [])).toBe(report);
  });
});
