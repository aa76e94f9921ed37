/**
 * Bundled into an editor fixture by accessibility-popover.spec.ts: the palette popover module, the
 * same one the content script uses, mounted with its shadow root made open, so axe (which cannot
 * see into a closed root, by design) checks the popover's own markup and styles. Only this
 * harness opens the root; the product keeps it closed.
 */
import { createPalettePopover, type PalettePopover } from '../../../utils/content/palette-popover';

const attach = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
  return attach.call(this, { ...init, mode: 'open' });
};

declare global {
  interface Window {
    __rapiPopoverOpen: (hook: string, empty: boolean) => Promise<void>;
  }
}

const HITS = [
  {
    id: '00000000-0000-4000-8000-000000000001',
    title: 'Garansi dan retur',
    shortcut: ';garansi',
    preview: 'Garansi 7 hari untuk ‹judul›. Retur gratis bila ada cacat produksi.',
    fillIns: [],
  },
  {
    id: '00000000-0000-4000-8000-000000000002',
    title: 'Resi pengiriman',
    preview: 'Nomor resi Anda: ‹resi›. Terima kasih.',
    fillIns: [{ name: 'resi', kind: 'text' as const }],
  },
  { id: '00000000-0000-4000-8000-000000000003', title: 'Cara merawat batik', preview: 'Cuci dengan tangan, jangan diperas.', fillIns: [] },
];

let popover: PalettePopover | undefined;

window.__rapiPopoverOpen = async (hook, empty) => {
  popover?.close();
  const field = document.querySelector<HTMLElement>(`[data-fixture-field="${hook}"]`)!;
  field.focus();
  popover = createPalettePopover(document, {
    search: () => (empty ? [] : HITS),
    insert: async () => null,
    manage: () => undefined,
    language: 'id',
  });
  popover.openAt(field);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
};
