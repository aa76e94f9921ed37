// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createPanelStore } from '../panel/panel-store';

const saves: unknown[] = [];
vi.mock('../messaging/client', async (original) => ({
  ...(await original<typeof import('../messaging/client')>()),
  sendToBackground: vi.fn(async (request: { type: string }) => {
    if (request.type !== 'audit/save') return { opened: true };
    saves.push(request);
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { id: saves.length, previous: null };
  }),
}));

const { startAuditFeatures } = await import('./audit-features');

describe('audit features', () => {
  it('a second click while an audit runs saves nothing more', async () => {
    const match = { marketplace: 'tokopedia', kind: 'shop' } as const;
    const store = createPanelStore({ match, language: 'id', collapsed: false } as never);
    const audit = startAuditFeatures(document, match as never, store);
    audit.runAudit();
    audit.runAudit();
    audit.runAudit();
    await vi.waitFor(() => expect(store.get().audit?.phase).toBe('done'));
    expect(saves).toHaveLength(1);
  });

  it('on a product page (one product, no list) says so and saves no audit', async () => {
    const match = { marketplace: 'tokopedia', kind: 'product' } as const;
    const store = createPanelStore({ match, language: 'id', collapsed: false } as never);
    const before = saves.length;
    const audit = startAuditFeatures(document, match as never, store);
    expect(store.get().audit).toEqual({ phase: 'idle', productPage: true });
    audit.runAudit();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(saves).toHaveLength(before);
    expect(store.get().audit).toEqual({ phase: 'idle', productPage: true });
  });
});
