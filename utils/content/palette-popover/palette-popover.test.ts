// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SnippetHit } from '../../messaging/protocol';
import { trusted } from '../../../tests/support/trusted-events';
import { createPalettePopover, POPOVER_HOST_TAG, type PalettePopoverOptions } from './palette-popover';

const HITS: SnippetHit[] = [
  { id: 'a', title: 'Garansi 7 hari', shortcut: ';garansi', preview: 'Garansi 7 hari dari {{nama_toko}}.', fillIns: [] },
  {
    id: 'b',
    title: 'Ukuran baju',
    preview: 'Ukuran {{isi:ukuran}}, warna {{pilih:warna|Merah|Biru}}',
    fillIns: [
      { kind: 'text', name: 'ukuran' },
      { kind: 'choice', name: 'warna', options: ['Merah', 'Biru'] },
    ],
  },
  { id: 'c', title: 'Perawatan batik', preview: 'Cuci dengan lerak.', fillIns: [] },
];

let roots: ShadowRoot[];
let field: HTMLTextAreaElement;
let options: PalettePopoverOptions & {
  search: ReturnType<typeof vi.fn>;
  insert: ReturnType<typeof vi.fn>;
  manage: ReturnType<typeof vi.fn>;
};
let stop: AbortController;

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect;

beforeEach(() => {
  document.body.replaceChildren();
  for (const host of document.querySelectorAll(POPOVER_HOST_TAG)) host.remove();
  roots = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  Object.defineProperty(window, 'innerWidth', { value: 1366, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: 768, configurable: true });
  field = document.createElement('textarea');
  document.body.append(field);
  field.value = 'Deskripsi: ';
  field.focus();
  field.setSelectionRange(11, 11);
  vi.spyOn(field, 'getBoundingClientRect').mockReturnValue(rect(100, 200, 600, 160));
  stop = new AbortController();
  options = {
    search: vi.fn((query: string): SnippetHit[] | Promise<SnippetHit[]> =>
      query ? HITS.filter((h) => h.title.toLowerCase().includes(query.toLowerCase())) : HITS,
    ),
    insert: vi.fn(async (): Promise<string | null> => null),
    manage: vi.fn(() => undefined),
    language: 'id',
    signal: stop.signal,
  };
});
afterEach(() => {
  stop.abort();
  vi.restoreAllMocks();
});

const q = <T extends Element>(selector: string) => roots.at(-1)!.querySelector<T>(selector)!;
const all = (selector: string) => [...roots.at(-1)!.querySelectorAll(selector)];
const key = (target: EventTarget, keyName: string) =>
  target.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: keyName, bubbles: true, composed: true, cancelable: true })));
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(trusted(new InputEvent('input', { bubbles: true, composed: true, data: value })));
};
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
};

describe('palette popover: opening and reading it', () => {
  it('opens at the field with a labelled search box focused and a named list of results', () => {
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    expect(popover.isOpen()).toBe(true);
    const dialog = q<HTMLElement>('[role="dialog"]');
    expect(q(`#${dialog.getAttribute('aria-labelledby')}`).textContent).toBe('Teks siap pakai');
    const input = q<HTMLInputElement>('input[role="combobox"]');
    expect(q(`label[for="${input.id}"]`).textContent).toBe('Cari teks siap pakai');
    const list = q<HTMLElement>('[role="listbox"]');
    expect(list.getAttribute('aria-label')).toBe('Teks siap pakai yang cocok');
    // A list that scrolls can be reached with Tab.
    expect(list.tabIndex).toBe(0);
    expect(input.getAttribute('aria-controls')).toBe(list.id);
    expect(roots.at(-1)!.activeElement).toBe(input);
    expect(popover.owns(document.activeElement)).toBe(true);
    // Opening costs one search: the empty query, the most used first.
    expect(options.search).toHaveBeenCalledTimes(1);
    expect(options.search).toHaveBeenCalledWith('');
    expect(all('[role="option"]')).toHaveLength(3);
    expect(input.getAttribute('aria-activedescendant')).toBe(all('[role="option"]')[0]!.id);
    expect(q('[role="status"]').textContent).toBe('3 teks cocok');
  });

  it('shows previews with fill-ins by their plain label, never template syntax', () => {
    createPalettePopover(document, options).openAt(field);
    const text = q('[role="listbox"]').textContent!;
    expect(text).toContain('‹nama toko›');
    expect(text).toContain('Ukuran ‹ukuran›, warna ‹warna›');
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  it('speaks English when asked', () => {
    createPalettePopover(document, { ...options, language: 'en' }).openAt(field);
    expect(q('[role="listbox"]').getAttribute('aria-label')).toBe('Matching ready-made text');
  });

  it('sits under the caret, and above it near the bottom of the window', () => {
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    const dialog = q<HTMLElement>('[role="dialog"]');
    expect(dialog.dataset.side).toBe('below');
    expect(Number.parseFloat(dialog.style.top)).toBeGreaterThan(200);
    popover.close();
    vi.mocked(field.getBoundingClientRect).mockReturnValue(rect(100, 600, 600, 120));
    popover.openAt(field);
    expect(dialog.dataset.side).toBe('above');
    expect(dialog.style.top).toBe('');
    expect(Number.parseFloat(dialog.style.bottom)).toBeGreaterThan(768 - 720);
  });
});

describe('palette popover: keys', () => {
  it('searches as the seller types and moves through the results with the arrows', async () => {
    createPalettePopover(document, options).openAt(field);
    const input = q<HTMLInputElement>('input[role="combobox"]');
    type(input, 'ba');
    expect(options.search).toHaveBeenLastCalledWith('ba');
    expect(all('[role="option"]').map((o) => o.querySelector('.option-title')!.textContent)).toEqual(['Ukuran baju', 'Perawatan batik']);
    key(input, 'ArrowDown');
    const [first, second] = all('[role="option"]');
    expect(input.getAttribute('aria-activedescendant')).toBe(second!.id);
    expect(second!.getAttribute('aria-selected')).toBe('true');
    expect(first!.getAttribute('aria-selected')).toBe('false');
    key(input, 'ArrowDown');
    expect(input.getAttribute('aria-activedescendant')).toBe(second!.id);
    key(input, 'ArrowUp');
    expect(input.getAttribute('aria-activedescendant')).toBe(first!.id);
  });

  it('inserts the chosen result with Enter, closes, and gives the focus back to the field', async () => {
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    const input = q<HTMLInputElement>('input[role="combobox"]');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    key(input, 'Enter');
    await settle();
    expect(options.insert).toHaveBeenCalledWith(HITS[2], {});
    expect(popover.isOpen()).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('closes on Escape with the focus and the caret back in the field', () => {
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    key(q('input[role="combobox"]'), 'Escape');
    expect(popover.isOpen()).toBe(false);
    expect(document.activeElement).toBe(field);
    expect(field.selectionStart).toBe(11);
  });

  it('puts a rich editor’s caret back where it was after Escape', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.textContent = 'Bahan katun';
    document.body.append(editor);
    editor.focus();
    const range = document.createRange();
    range.setStart(editor.firstChild!, 5);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const popover = createPalettePopover(document, options);
    popover.openAt(editor);
    document.getSelection()!.removeAllRanges();
    key(q('input[role="combobox"]'), 'Escape');
    expect(document.activeElement).toBe(editor);
    const now = document.getSelection()!.getRangeAt(0);
    expect([now.startContainer, now.startOffset]).toEqual([editor.firstChild, 5]);
  });

  it('inserts a result the seller clicks, and highlights the one under the pointer', async () => {
    createPalettePopover(document, options).openAt(field);
    const third = all('[role="option"]')[2]!;
    third.querySelector('.preview')!.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
    expect(third.getAttribute('aria-selected')).toBe('true');
    third.querySelector('.option-title')!.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    await settle();
    expect(options.insert).toHaveBeenCalledWith(HITS[2], {});
  });

  it('ignores keys and clicks a script makes', async () => {
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    const input = q<HTMLInputElement>('input[role="combobox"]');
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    (all('[role="option"]')[0] as HTMLElement).click();
    await settle();
    expect(options.insert).not.toHaveBeenCalled();
    expect(popover.isOpen()).toBe(true);
  });

  it("keeps the seller's typing from the page's own key handlers", () => {
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    window.addEventListener('keyup', pageKeys);
    document.addEventListener('input', pageKeys);
    createPalettePopover(document, options).openAt(field);
    const input = q<HTMLInputElement>('input[role="combobox"]');
    key(input, 'g');
    input.dispatchEvent(trusted(new KeyboardEvent('keyup', { key: 'g', bubbles: true, composed: true })));
    type(input, 'g');
    expect(pageKeys).not.toHaveBeenCalled();
    document.removeEventListener('keydown', pageKeys);
    window.removeEventListener('keyup', pageKeys);
    document.removeEventListener('input', pageKeys);
  });
});

describe('palette popover: fill-ins, errors, leaving', () => {
  it('asks for fill-ins inline, each with its plain label, and inserts with the answers', async () => {
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    const input = q<HTMLInputElement>('input[role="combobox"]');
    key(input, 'ArrowDown');
    key(input, 'Enter');
    expect(options.insert).not.toHaveBeenCalled();
    const labels = all('.fill-rows label') as HTMLLabelElement[];
    expect(labels.map((l) => l.firstChild!.textContent)).toEqual(['ukuran', 'warna']);
    for (const l of labels) expect(q(`#${l.htmlFor}`).closest('label')).toBe(l);
    const size = q<HTMLInputElement>('#rapi-pop-fill-0');
    expect(roots.at(-1)!.activeElement).toBe(size);
    size.value = 'XL';
    q<HTMLSelectElement>('#rapi-pop-fill-1').value = 'Biru';
    key(size, 'Enter');
    await settle();
    expect(options.insert).toHaveBeenCalledWith(HITS[1], { ukuran: 'XL', warna: 'Biru' });
    expect(popover.isOpen()).toBe(false);
    expect(document.activeElement).toBe(field);
  });

  it('shows what went wrong in an alert and stays open', async () => {
    options.insert.mockResolvedValueOnce('Isi dulu di Pengaturan Rapi: nama_toko');
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    key(q('input[role="combobox"]'), 'Enter');
    await settle();
    expect(q('[role="alert"]').textContent).toBe('Isi dulu di Pengaturan Rapi: nama_toko');
    expect(popover.isOpen()).toBe(true);
  });

  it('stays open to show a failed insertion even when the insertion moved the focus to the field', async () => {
    options.insert.mockImplementationOnce(async () => {
      field.focus();
      return 'Teks tidak diterima kolom ini.';
    });
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    key(q('input[role="combobox"]'), 'Enter');
    await settle();
    expect(popover.isOpen()).toBe(true);
    expect(q('[role="alert"]').textContent).toBe('Teks tidak diterima kolom ini.');
    // The keyboard is back in the popover: Escape still closes it and returns to the field.
    expect(roots.at(-1)!.activeElement).toBe(q('input[role="combobox"]'));
    key(q('input[role="combobox"]'), 'Escape');
    expect(document.activeElement).toBe(field);
  });

  it("says plainly when Rapi's storage cannot be opened", async () => {
    options.search.mockRejectedValueOnce(Object.assign(new Error('x'), { body: { code: 'storage-unavailable' } }));
    createPalettePopover(document, options).openAt(field);
    await settle();
    expect(q('[role="status"]').textContent).toContain('tidak bisa dibaca');
    expect(all('[role="option"]')).toHaveLength(0);
  });

  it('shows only the answer to the latest query when answers come back out of order', async () => {
    let resolveFirst: (hits: SnippetHit[]) => void = () => undefined;
    options.search.mockImplementation((query: string) =>
      query === 'g' ? new Promise<SnippetHit[]>((resolve) => (resolveFirst = resolve)) : Promise.resolve([HITS[2]!]),
    );
    createPalettePopover(document, options).openAt(field);
    const input = q<HTMLInputElement>('input[role="combobox"]');
    type(input, 'g');
    type(input, 'ga');
    await settle();
    resolveFirst([HITS[0]!]);
    await settle();
    expect(all('.option-title').map((o) => o.textContent)).toEqual(['Perawatan batik']);
  });

  it('closes when the seller clicks elsewhere in the page, leaving the focus there', () => {
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    const other = document.createElement('input');
    document.body.append(other);
    other.dispatchEvent(trusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    other.focus();
    expect(popover.isOpen()).toBe(false);
    expect(document.activeElement).toBe(other);
  });

  it('opens the management page from its button', () => {
    const popover = createPalettePopover(document, options);
    popover.openAt(field);
    q<HTMLButtonElement>('.foot button').dispatchEvent(trusted(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(options.manage).toHaveBeenCalledTimes(1);
    expect(popover.isOpen()).toBe(false);
  });

  it('is gone when its signal is aborted', () => {
    createPalettePopover(document, options);
    expect(document.querySelectorAll(POPOVER_HOST_TAG)).toHaveLength(1);
    stop.abort();
    expect(document.querySelectorAll(POPOVER_HOST_TAG)).toHaveLength(0);
  });
});
