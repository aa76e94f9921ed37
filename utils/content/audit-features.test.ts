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
});
