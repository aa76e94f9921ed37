// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fixtureHtml } from '../../tests/unit/load-fixture';
import { editorAdapterFor } from '../marketplaces/editors';
import { locateField } from '../marketplaces/editor/find-fields';
import type { ListingRead } from '../marketplaces/editor/read-listing';
import { startListingController } from './listing-controller';

afterEach(() => {
  vi.useRealTimers();
});

describe('listing controller reading the form as the seller types', () => {
  it('reads a keystroke after a pause within 50 ms (the old 100 ms debounce made the side panel wait), and the last one of a burst', async () => {
    fakeBrowser.reset();
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      fixtureHtml('shopee/listing-editor.html'),
      'text/html',
    ).documentElement.innerHTML;
    vi.useFakeTimers({ now: 10_000, toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const reads: { at: number; read: ListingRead }[] = [];
    const controller = await startListingController(document, editorAdapterFor('shopee')!, {
      onRead: (read) => reads.push({ at: Date.now(), read }),
      onTeaching: () => undefined,
    });
    const title = controller.element('title') as HTMLInputElement;
    const type = (value: string) => {
      title.value = value;
      title.dispatchEvent(new InputEvent('input', { bubbles: true }));
    };
    // After a pause: the seller comes back to the form.
    await vi.advanceTimersByTimeAsync(1000);
    reads.length = 0;
    type('Kopi Gayo');
    await vi.advanceTimersByTimeAsync(49);
    expect(reads.map(({ read }) => read.listing.title)).toEqual(['Kopi Gayo']);
    // A burst: the reads keep 50 ms apart, and the final value is always read.
    for (const [i, value] of ['Kopi Gayo 2', 'Kopi Gayo 25', 'Kopi Gayo 250'].entries()) {
      await vi.advanceTimersByTimeAsync(i === 0 ? 1 : 10);
      type(value);
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(reads.at(-1)!.read.listing.title).toBe('Kopi Gayo 250');
    for (let i = 1; i < reads.length; i++) expect(reads[i]!.at - reads[i - 1]!.at).toBeGreaterThanOrEqual(50);
    controller.dispose();
  });

  it('reads at once without waiting for the stored taught fields, then again with them', async () => {
    fakeBrowser.reset();
    document.documentElement.innerHTML = new DOMParser().parseFromString(
      fixtureHtml('shopee/listing-editor.html'),
      'text/html',
    ).documentElement.innerHTML;
    // A form whose description the adapter's selectors no longer find: the seller taught Rapi where it is.
    locateField(document, editorAdapterFor('shopee')!, 'description')!.element.remove();
    const mine = document.createElement('textarea');
    mine.id = 'taught-here';
    mine.value = 'Deskripsi yang diajarkan';
    document.body.append(mine);
    await fakeBrowser.storage.local.set({ taughtFields: { shopee: { description: '#taught-here' } } });
    const reads: ListingRead[] = [];
    const controller = await startListingController(document, editorAdapterFor('shopee')!, {
      onRead: (read) => reads.push(read),
      onTeaching: () => undefined,
    });
    expect(reads).toHaveLength(1);
    expect(reads[0]!.listing.description).not.toBe('Deskripsi yang diajarkan');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reads.at(-1)!.sources.description).toBe('taught');
    expect(reads.at(-1)!.listing.description).toBe('Deskripsi yang diajarkan');
    expect(controller.element('description')).toBe(mine);
    controller.dispose();
  });
});
