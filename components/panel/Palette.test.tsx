// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MessagingError } from '../../utils/messaging/client';
import { mountRoot, unmountRoot, until } from '../../tests/unit/react-page';
import { Palette, type PaletteProps } from './Palette';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function render(search: PaletteProps['search']) {
  const props: PaletteProps = { language: 'id', hasTarget: true, search, insert: vi.fn(async () => null), close: vi.fn(), manage: vi.fn() };
  act(() => root.render(<Palette {...props} />));
}

const storageDown = new MessagingError({
  code: 'storage-unavailable',
  message: { id: 'Penyimpanan Rapi tidak bisa dibuka', en: "Rapi's storage cannot be opened" },
});

beforeEach(() => {
  ({ container, root } = mountRoot());
});
afterEach(() => unmountRoot({ container, root }));

describe('Palette', () => {
  it('says the storage is unavailable, not that there are no snippets, when the background says so', async () => {
    render(async () => Promise.reject(storageDown));
    await until(() => expect(byTestId('rapi-palette-storage')?.textContent).toContain('penyimpanan Rapi tidak bisa dibuka'));
    expect(container.textContent).not.toContain('Tidak ada teks siap pakai yang cocok');
  });

  it('says there are no snippets when there are none', async () => {
    render(async () => []);
    await until(() => expect(container.textContent).toContain('Tidak ada teks siap pakai yang cocok'));
    expect(byTestId('rapi-palette-storage')).toBeNull();
  });
});
