/**
 * A guard against catastrophic backtracking: inputs built to make regular
 * expressions retry from every position must still finish quickly. A quadratic
 * pattern takes seconds to minutes on 100 KB; the budget here is generous so the
 * test does not flake on a slow machine (tests/bench/quality.ts reports real times).
 */
import { describe, expect, it } from 'vitest';
import { checkListing } from './index';
import { ADVERSARIAL_INPUTS } from '../../tests/support/adversarial-inputs';

describe('adversarial inputs', () => {
  it.each(Object.entries(ADVERSARIAL_INPUTS))('%s (100 KB) is checked in well under a second', (_name, text) => {
    const started = performance.now();
    checkListing({ marketplace: 'shopee', title: text, description: text, found: ['description'] });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
