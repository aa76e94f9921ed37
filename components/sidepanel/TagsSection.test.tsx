// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { buttonNames, repeatedButtonNames } from '../../tests/unit/button-names';
import { mountRoot, unmountRoot } from '../../tests/unit/react-page';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hashtagRoom, importSignals, suggestTags } from '../../utils/tags';
import type { Listing } from '../../utils/listing/listing';
import { TagsSection } from './TagsSection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

/** The state the tags feature (utils/content/features/tags.ts) builds from a listing. */
function show(listing: Listing, language: 'id' | 'en' = 'id') {
  const state = { suggestions: suggestTags(listing), importSignals: importSignals(listing), hashtags: hashtagRoom(listing) };
  act(() => root.render(<TagsSection language={language} state={state} onInsert={vi.fn()} />));
}
const note = (id: string) => container.querySelector(`[data-testid="${id}"]`)?.textContent;

beforeEach(() => {
  ({ container, root } = mountRoot());
});
afterEach(() => unmountRoot({ container, root }));

describe('TagsSection notes', () => {
  it('says the brand is foreign when that is why no local tag is offered', () => {
    show({ marketplace: 'shopee', title: 'Xiaomi Redmi Note 13 8/256 Garansi Resmi Medan' });
    expect(note('rapi-tags-foreign-brand')).toContain('“Xiaomi” adalah merek luar negeri');
    expect(note('rapi-tags-import')).toBeUndefined();
    show({ marketplace: 'shopee', title: 'Xiaomi Redmi Note 13 8/256 Garansi Resmi Medan' }, 'en');
    expect(note('rapi-tags-foreign-brand')).toContain('foreign brand');
  });

  it('says why nothing more fits when the description holds 18 hashtags on Shopee', () => {
    const tags = Array.from({ length: 18 }, (_, i) => `#tag${i}`).join(' ');
    show({ marketplace: 'shopee', title: 'Kain Batik Tulis Lasem Pewarna Alami', description: `Batik tulis asli.\n${tags}` });
    expect(note('rapi-tags-hashtag-full')).toContain('18');
    expect(container.querySelectorAll('[data-insert^="#"]')).toHaveLength(0);
  });

  it('says how many still fit when few do, and nothing about a limit where there is none', () => {
    const tags = Array.from({ length: 16 }, (_, i) => `#tag${i}`).join(' ');
    show({ marketplace: 'shopee', title: 'Kain Batik Tulis Lasem', description: `Batik tulis.\n${tags}` });
    expect(note('rapi-tags-hashtag-left')).toContain('2');
    show({ marketplace: 'tokopedia', title: 'Kain Batik Tulis Lasem', description: `Batik tulis.\n${tags} #a #b #c` });
    expect(note('rapi-tags-hashtag-full')).toBeUndefined();
    expect(note('rapi-tags-hashtag-left')).toBeUndefined();
  });
});

describe('TagsSection button names', () => {
  it('names each "Tambah ke deskripsi" button after its tag, so no two are alike', () => {
    show({ marketplace: 'shopee', title: 'Kain Batik Tulis Lasem Pewarna Alami Katun Primisima Asli Jawa Tengah' });
    const tags = [...container.querySelectorAll<HTMLElement>('[data-testid="rapi-tag"]')].map((li) => li.dataset.insert!);
    expect(tags.filter((tag) => tag.startsWith('#')).length).toBeGreaterThan(2);
    const names = buttonNames(container);
    expect(repeatedButtonNames(container)).toEqual([]);
    for (const tag of tags) expect(names).toContain(`Tambah ke deskripsi: ${tag}`);
    show({ marketplace: 'shopee', title: 'Kain Batik Tulis Lasem Pewarna Alami Katun Primisima Asli Jawa Tengah' }, 'en');
    expect(buttonNames(container)).toContain(`Add to description: ${tags[0]}`);
  });
});
