/** Bundled into the benchmark page: times readListing on the page's own form. */
import { readListing } from '../../utils/marketplaces/editor/read-listing';
import { tokopediaEditor } from '../../utils/marketplaces/tokopedia/editor';

(window as unknown as { __rapiReadBench: (bytes: number, runs: number) => number[] }).__rapiReadBench = (bytes, runs) => {
  const description = document.querySelector<HTMLTextAreaElement>('[data-testid="txtAEPDescription"]')!;
  description.removeAttribute('maxlength');
  description.value = 'Kemeja batik tulis asli Pekalongan. Bahan katun primisima.\n'.repeat(Math.ceil(bytes / 59)).slice(0, bytes);
  readListing(document, tokopediaEditor); // warm-up
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const { listing } = readListing(document, tokopediaEditor);
    times.push(performance.now() - start);
    if (listing.description?.length !== bytes) throw new Error('description not read whole');
  }
  return times;
};
