// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, type PageMatch } from '../../marketplaces/types';
import { createPanelStore, type PanelStore } from '../../panel/panel-store';
import { PAGE_FEATURES, startPageFeatures } from './registry';
import type { PageFeature } from './types';

const storeOn = (match: PageMatch): PanelStore => createPanelStore({ match, language: 'id', collapsed: false });
const LISTING_ACTIONS = [
  'applyFix',
  'cancelTeach',
  'disableRule',
  'dismissNotice',
  'enableAllRules',
  'focusField',
  'insertTag',
  'showFinding',
  'teach',
  'undo',
];
const AUDIT_ACTIONS = ['cancelLoad', 'loadAll', 'openReport', 'runAudit'];

describe('page feature registry', () => {
  it('serves every page kind, and no two features fill the same panel section', () => {
    const served = new Set(PAGE_FEATURES.flatMap((feature) => feature.kinds));
    expect([...PAGE_KINDS].filter((kind) => !served.has(kind))).toEqual([]);
    const sections = PAGE_FEATURES.flatMap((feature) => feature.shows);
    expect(sections.length).toBe(new Set(sections).size);
    expect(new Set(PAGE_FEATURES.map((feature) => feature.id)).size).toBe(PAGE_FEATURES.length);
  });

  it('on a shop page runs the audit only, offers only its actions, and clears a listing left from the last page', async () => {
    const match = { marketplace: 'tokopedia', kind: 'shop' } as const;
    const store = storeOn(match);
    store.set({ notice: { kind: 'applied' } as never, tags: { suggestions: [], importSignals: [] } });
    const running = await startPageFeatures(document, match, store);
    expect(running?.ids).toEqual(['audit']);
    expect(Object.keys(running?.actions ?? {}).sort()).toEqual(AUDIT_ACTIONS);
    expect(store.get()).toMatchObject({ notice: undefined, tags: undefined, audit: { phase: 'idle' } });
    running?.dispose();
    expect(store.get().audit).toBeUndefined();
  });

  it('on an add-product page runs the listing features on one reader and offers no audit actions', async () => {
    const match = { marketplace: 'tokopedia', kind: 'listing-editor' } as const;
    const store = storeOn(match);
    store.set({ audit: { phase: 'idle' } });
    const running = await startPageFeatures(document, match, store);
    expect(running?.ids).toEqual(['listing-fields', 'quality', 'tags']);
    expect(Object.keys(running?.actions ?? {}).sort()).toEqual(LISTING_ACTIONS);
    expect(store.get().audit).toBeUndefined();
    running?.dispose();
    expect(store.get()).toMatchObject({ listing: undefined, quality: undefined, tags: undefined, notice: undefined });
  });

  it('starts only the features serving the page kind, each once, and nothing when none serves it', async () => {
    const started: string[] = [];
    const feature = (id: string, kinds: PageFeature['kinds']): PageFeature => ({
      id,
      kinds,
      reads: [],
      shows: [],
      start: () => {
        started.push(id);
        return { actions: {}, dispose: () => undefined };
      },
    });
    const match = { marketplace: 'shopee', kind: 'search' } as const;
    const features = [feature('a', ['search', 'shop']), feature('b', ['listing-editor']), feature('c', ['search'])];
    expect((await startPageFeatures(document, match, storeOn(match), features))?.ids).toEqual(['a', 'c']);
    expect(started).toEqual(['a', 'c']);
    expect(await startPageFeatures(document, match, storeOn(match), [feature('d', ['product'])])).toBeUndefined();
  });
});
