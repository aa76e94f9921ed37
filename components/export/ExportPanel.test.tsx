// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Mounted, mountRoot, unmountRoot, until } from '../../tests/unit/react-page';
import type { TranslatorApi, TranslatorAvailability } from '../../utils/export';
import type { Listing } from '../../utils/listing';
import { loadExportMarket, saveExportMarket } from '../../utils/settings/export-market';
import { ExportPanel, type ExportPanelProps } from './ExportPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SHIRT: Listing = {
  marketplace: 'tokopedia',
  title: 'Kemeja Batik Tulis Pria Motif Parang',
  description: 'Batik tulis halus dari Pekalongan.\nLingkar dada 104 cm.',
  found: ['title', 'description'],
};

let page: Mounted;
const writeText = vi.fn(async (_text: string) => undefined);

beforeEach(() => {
  fakeBrowser.reset();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  page = mountRoot();
});
afterEach(() => unmountRoot(page));

const q = <T extends HTMLElement = HTMLElement>(testId: string) => page.container.querySelector<T>(`[data-testid="${testId}"]`);
function render(props: Partial<ExportPanelProps> = {}) {
  act(() => page.root.render(<ExportPanel listing={SHIRT} language="id" {...props} />));
}
function standIn(state: TranslatorAvailability, translate = async (text: string) => text.replace('Kemeja', 'Shirt')): TranslatorApi {
  return { availability: async () => state, create: async () => ({ translate }) };
}
function choose(market: string) {
  const select = q<HTMLSelectElement>('rapi-export-market')!;
  act(() => {
    select.value = market;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('ExportPanel', () => {
  it('shows the destination’s findings with their reason, and switches and remembers the destination', async () => {
    render({ initialMarket: 'EU' });
    const select = q<HTMLSelectElement>('rapi-export-market')!;
    expect(page.container.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Negara tujuan');
    const fibre = q('rapi-export-findings-export-fibre-composition-missing')!;
    expect(fibre.dataset.severity).toBe('error');
    expect(fibre.textContent).toContain('Tulis komposisi bahan dalam persen');
    expect(fibre.querySelector('details')!.textContent).toContain('1007/2011');
    expect(q('rapi-export-kinds')!.textContent).toBe('Rapi membaca produk ini sebagai: kain atau tekstil, pakaian.');

    choose('US');
    expect(q('rapi-export-findings-export-care-label-missing')!.dataset.severity).toBe('error');
    expect(q('rapi-export-findings-export-responsible-person-missing')).toBeNull();
    await act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(await loadExportMarket()).toBe('US');
  });

  it('starts at the remembered destination', async () => {
    await saveExportMarket('AE');
    render();
    await until(() => expect(q<HTMLSelectElement>('rapi-export-market')!.value).toBe('AE'));
  });

  it('says when nothing is missing', () => {
    render({ initialMarket: 'MY', listing: { marketplace: 'shopee', title: 'Gantungan Kunci Akrilik', description: 'Ukuran 5 x 5 cm.' } });
    expect(q('rapi-export-findings-none')!.textContent).toBe('Rapi tidak menemukan kekurangan untuk negara ini.');
  });

  it('without a translator (Firefox) drafts from the glossary and says so, listing the words left', async () => {
    render({ initialMarket: 'EU' });
    await until(() => expect(q('rapi-export-path')).not.toBeNull());
    expect(q('rapi-export-path')!.dataset.path).toBe('glossary');
    expect(q('rapi-export-path')!.textContent).toBe('Draf dari glosarium Rapi: kata dalam tanda [ ] perlu Anda terjemahkan sendiri.');
    expect(q('rapi-export-english-title')!.textContent).toBe("Shirt Hand-Drawn Batik Men's Pattern [Parang]");
    expect(q('rapi-export-english-description')!.textContent).toBe('Fine hand-drawn batik from Pekalongan.\nChest 104 cm.');
    expect(q('rapi-export-untranslated')!.textContent).toBe('Belum diterjemahkan: Parang');
    // Side by side with the original.
    expect(q('rapi-export-original')!.textContent).toContain(SHIRT.title);
  });

  it('uses Chrome’s translator when it is available, and says so', async () => {
    render({ initialMarket: 'EU', translator: standIn('available') });
    await until(() => expect(q('rapi-export-path')?.dataset.path).toBe('translator'));
    expect(q('rapi-export-path')!.textContent).toBe('Diterjemahkan di perangkat oleh Chrome. Baca lagi sebelum dipakai.');
    expect(q('rapi-export-english-title')!.textContent).toBe('Shirt Hand-Drawn Batik Pria Motif Parang');
  });

  it('tells the seller when Chrome’s translator is not installed or failed', async () => {
    render({ initialMarket: 'EU', translator: standIn('downloadable') });
    await until(() => expect(q('rapi-export-path')?.dataset.fallback).toBe('downloadable'));
    expect(q('rapi-export-path')!.textContent).toContain('Penerjemah Chrome belum terpasang di perangkat ini.');
    const failing = standIn('available', async () => {
      throw new Error('crashed');
    });
    render({ initialMarket: 'EU', translator: failing });
    await until(() => expect(q('rapi-export-path')?.dataset.fallback).toBe('failed'));
    expect(q('rapi-export-path')!.textContent).toContain('Penerjemah Chrome gagal, jadi Rapi memakai glosarium.');
  });

  it('copies each text with its own button name and announces the result', async () => {
    const onCopy = vi.fn();
    render({ initialMarket: 'EU', onCopy });
    await until(() => expect(q('rapi-export-english-title')).not.toBeNull());
    const names = [...page.container.querySelectorAll('button.rapi-export__copy')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Salin judul asli', 'Salin deskripsi asli', 'Salin judul bahasa Inggris', 'Salin deskripsi bahasa Inggris']);
    await act(async () => q('rapi-export-copy-english-title')!.click());
    expect(writeText).toHaveBeenLastCalledWith("Shirt Hand-Drawn Batik Men's Pattern [Parang]");
    expect(q('rapi-export-copy-status')!.textContent).toBe('Tersalin.');
    expect(onCopy).toHaveBeenLastCalledWith('english-title', 'copied');
    await act(async () => q('rapi-export-copy-original-description')!.click());
    expect(writeText).toHaveBeenLastCalledWith(SHIRT.description);

    writeText.mockRejectedValueOnce(new Error('denied'));
    await act(async () => q('rapi-export-copy-original-title')!.click());
    expect(q('rapi-export-copy-status')!.textContent).toBe('Tidak bisa menyalin. Pilih teksnya lalu salin sendiri.');
    expect(onCopy).toHaveBeenLastCalledWith('original-title', 'failed');
  });

  it('shows page text as text, never as HTML', async () => {
    const hostile = '<img src=x onerror="alert(1)"> Kaos <b>Katun</b>';
    render({ initialMarket: 'EU', listing: { marketplace: 'shopee', title: hostile, description: hostile } });
    await until(() => expect(q('rapi-export-english-title')).not.toBeNull());
    expect(page.container.querySelector('img, b')).toBeNull();
    expect(q('rapi-export-original')!.textContent).toContain(hostile);
  });

  it('speaks English when the seller chose English', async () => {
    render({ initialMarket: 'EU', language: 'en' });
    await until(() => expect(q('rapi-export-path')).not.toBeNull());
    expect(page.container.querySelector('label')!.textContent).toBe('Destination');
    expect(q('rapi-export-path')!.textContent).toBe("Draft from Rapi's glossary: words in [ ] are for you to translate.");
    expect(q<HTMLSelectElement>('rapi-export-market')!.selectedOptions[0]!.textContent).toBe('European Union');
  });
});
