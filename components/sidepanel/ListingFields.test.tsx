// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buttonNames, repeatedButtonNames } from '../../tests/unit/button-names';
import { mountRoot, unmountRoot } from '../../tests/unit/react-page';
import type { ListingPanelState } from '../../utils/panel/panel-store';
import { ListingFields } from './ListingFields';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
const actions = { teach: vi.fn(), cancelTeach: vi.fn(), focusField: vi.fn() };

function show(state: ListingPanelState, language: 'id' | 'en' = 'id') {
  act(() => root.render(<ListingFields language={language} state={state} actions={actions} />));
}

beforeEach(() => {
  ({ container, root } = mountRoot());
});
afterEach(() => unmountRoot({ container, root }));

describe('ListingFields button names', () => {
  it('names each "Tunjukkan" button after the field Rapi could not find', () => {
    show({
      read: { listing: { marketplace: 'shopee', title: 'Kemeja Batik', found: ['title'] }, sources: { title: 'selector' } },
      teaching: null,
    });
    const names = buttonNames(container);
    expect(names.filter((name) => name.startsWith('Tunjukkan')).length).toBe(4);
    expect(names).toContain('Tunjukkan: Deskripsi');
    expect(names).toContain('Tunjukkan: Harga');
    expect(repeatedButtonNames(container)).toEqual([]);
  });

  it('names a value button by its field too: two fields may show the same text, or nothing', () => {
    show({
      read: {
        listing: { marketplace: 'shopee', title: 'Kemeja Batik', description: 'Kemeja Batik', found: ['title', 'description'] },
        sources: { title: 'selector', description: 'selector' },
      },
      teaching: null,
    });
    expect(buttonNames(container)).toEqual(expect.arrayContaining(['Judul: Kemeja Batik', 'Deskripsi: Kemeja Batik']));
    expect(repeatedButtonNames(container)).toEqual([]);
    show({
      read: { listing: { marketplace: 'shopee', title: '', found: ['title'] }, sources: { title: 'selector' } },
      teaching: null,
    });
    expect(buttonNames(container)).toContain('Judul: (kosong)');
  });

  it('names the teaching banner\'s "Batal" after the field being taught', () => {
    show({
      read: { listing: { marketplace: 'shopee', title: 'Kemeja Batik', found: ['title'] }, sources: { title: 'selector' } },
      teaching: 'description',
    });
    expect(buttonNames(container)).toContain('Batal: Deskripsi');
    expect(repeatedButtonNames(container)).toEqual([]);
  });
});
