// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buttonNames, repeatedButtonNames } from '../../tests/unit/button-names';
import { mountRoot, unmountRoot } from '../../tests/unit/react-page';
import type { Notice } from '../../utils/panel/panel-store';
import { NoticeBar } from './NoticeBar';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

function show(notice: Notice, language: 'id' | 'en' = 'id') {
  act(() => root.render(<NoticeBar language={language} notice={notice} onUndo={vi.fn()} onDismiss={vi.fn()} />));
}

beforeEach(() => {
  ({ container, root } = mountRoot());
});
afterEach(() => unmountRoot({ container, root }));

describe('NoticeBar button names', () => {
  it('names its "Tutup" after the message it closes, apart from the undo button', () => {
    show({ kind: 'inserted' });
    expect(buttonNames(container)).toEqual(['Tutup: Teks siap pakai disisipkan.']);
    show({ kind: 'applied', field: 'title', undoable: true });
    expect(buttonNames(container)).toEqual(['Urungkan', 'Tutup: Sudah diubah di halaman.']);
    expect(repeatedButtonNames(container)).toEqual([]);
    show({ kind: 'not-found', field: 'title' }, 'en');
    expect(buttonNames(container)[0]).toMatch(/^Dismiss: /);
  });
});
