// @vitest-environment happy-dom
/**
 * Conventions for the card selectors, checked rather than remembered: every marketplace has a
 * card adapter; every fixture page with cards is covered by a layout that names it; every hook
 * matches its fixtures exactly as often as it says; no selector leans on the fixtures' own
 * scaffolding (data-fixture-*) or on hashed class names, which change with every release.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../../../tests/unit/load-fixture';
import { queryAll } from '../editor/find-fields';
import { MARKETPLACE_IDS } from '../types';
import { CARD_PAGES } from '../../../tests/support/card-fixture-suite';
import { findIn } from './read-card';
import { CARD_ADAPTERS } from './registry';
import type { CardHooks } from './types';

const layouts = Object.values(CARD_ADAPTERS).flatMap((adapter) =>
  adapter.layouts.map((layout) => ({ marketplace: adapter.marketplace, layout })),
);
const cardCases = layouts.flatMap(({ marketplace, layout }) =>
  layout.hooks.card.expect.map((e) => ({ marketplace, hooks: layout.hooks, ...e })),
);
const fieldCases = layouts.flatMap(({ marketplace, layout }) =>
  Object.entries(layout.hooks.fields).flatMap(([field, spec]) =>
    spec.expect.map((e) => ({ marketplace, field, spec, hooks: layout.hooks, ...e })),
  ),
);
const selectors = (hooks: CardHooks) => [...hooks.card.selectors, ...Object.values(hooks.fields).flatMap((spec) => spec.selectors)];

/** Readable class names: `product-list-item`, `prd_rating-average-text`; not `Bm3ON`, `_6uN7R`, `css-1asz3by`. */
const READABLE_CLASS = /^(?!css-)[a-z][a-z0-9]*(?:(?:-|_|__)[a-z0-9]+)*$/;

describe('card selectors', () => {
  it.each(MARKETPLACE_IDS)('%s has a card adapter', (id) => {
    expect(CARD_ADAPTERS[id]?.layouts.length).toBeGreaterThan(0);
  });

  it.each(CARD_PAGES)('$file is covered by a layout of its marketplace that names it', (page) => {
    const layout = CARD_ADAPTERS[page.marketplace]?.layouts.find((l) => l.kinds.includes(page.kind));
    expect(layout?.hooks.card.expect.map((e) => e.fixture)).toContain(page.file);
  });

  it.each(cardCases)('$marketplace cards: $count in $fixture', ({ hooks, fixture, count }) => {
    expect(queryAll(loadFixture(fixture), hooks.card.selectors)).toHaveLength(count);
  });

  it.each(fieldCases)('$marketplace $field: found in $count cards of $fixture', ({ hooks, spec, fixture, count }) => {
    const cards = queryAll(loadFixture(fixture), hooks.card.selectors);
    expect(cards.filter((card) => findIn(card, spec.selectors) !== undefined)).toHaveLength(count);
  });

  it.each(layouts)('$marketplace $layout.kinds: no test scaffolding, no hashed classes', ({ layout }) => {
    for (const selector of selectors(layout.hooks)) {
      expect(selector).not.toMatch(/fixture/i);
      for (const [, name] of selector.matchAll(/\.([\w-]+)/g)) expect(name, selector).toMatch(READABLE_CLASS);
    }
  });
});
