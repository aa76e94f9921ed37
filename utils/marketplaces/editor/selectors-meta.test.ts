// @vitest-environment happy-dom
/**
 * Conventions, checked rather than remembered: every marketplace has an editor
 * adapter; every hook of every adapter names the fixtures it must match and
 * matches them exactly as often as it says; no selector leans on the fixtures'
 * own test scaffolding (data-fixture-*), which the real sites do not have.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { EDITOR_ADAPTERS } from '../editors';
import { MARKETPLACE_IDS } from '../types';
import { queryAll } from './find-fields';
import type { EditorHook, HookSpec } from './types';

const cases = Object.values(EDITOR_ADAPTERS).flatMap((adapter) =>
  (Object.entries(adapter.selectors) as [EditorHook, HookSpec][]).flatMap(([hook, spec]) =>
    spec.expect.map((expectation) => ({ marketplace: adapter.marketplace, hook, spec, ...expectation })),
  ),
);

describe('editor selectors', () => {
  it.each(MARKETPLACE_IDS)('%s has an editor adapter with title and description hooks', (id) => {
    const adapter = EDITOR_ADAPTERS[id];
    expect(adapter, `no editor adapter for ${id}`).toBeDefined();
    expect(adapter!.selectors.title?.expect.length).toBeGreaterThan(0);
    expect(adapter!.selectors.description?.expect.length).toBeGreaterThan(0);
  });

  it.each(cases)('$marketplace $hook matches $count in $fixture', ({ spec, fixture, count }) => {
    expect(queryAll(loadFixture(fixture), spec.selectors)).toHaveLength(count);
  });

  it.each(cases)('$marketplace $hook does not use test scaffolding', ({ spec }) => {
    for (const selector of spec.selectors) expect(selector).not.toMatch(/fixture/i);
  });
});
