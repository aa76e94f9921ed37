/**
 * Export readiness and the English draft (issue 16): `checkExportReadiness` on a 3,000-character
 * listing (budget < 1 ms) and the glossary draft of the same listing (budget < 5 ms), medians.
 * The machine-translation path is Chrome's own model and is not timed here. Prints nothing and
 * asserts nothing: `run.ts` reports the medians.
 */
import { checkExportReadiness, draftWithGlossary, EXPORT_MARKETS, type ExportListing } from '../../utils/export';
import { median } from './stats';

export interface ExportBenchRow {
  name: string;
  medianMs: number;
  runs: number;
}

const WARM_UP = 20;
const LENGTH = 3_000;

/** The paragraphs that show what destinations ask for (sizes, care, weight); the bare listing leaves them out. */
const EVIDENCE = /\b(?:cm|cuci|gr)\b/i;

/**
 * A batik shirt listing written for the bench: craft words, sizes, care, and words the glossary does not
 * know. `bare` keeps only paragraphs without evidence, so every finder reads the whole text (the slow case).
 */
export function exportBenchListing(bare = false): ExportListing {
  const all = [
    'Kemeja batik tulis halus dari Pekalongan, dikerjakan oleh pembatik kampung Kauman selama tiga minggu.',
    'Motif Parang Rusak dengan pewarna alam: sogan dari kayu tingi dan nila dari daun tarum.',
    'Bahan katun primisima yang adem dan lembut, cocok untuk acara resmi maupun kerja sehari-hari.',
    'Ukuran M: lingkar dada 104 cm, panjang 72 cm. Ukuran L: lingkar dada 110 cm, panjang 74 cm.',
    'Cuci tangan dengan air dingin dan lerak, jangan diputihkan, jemur di tempat teduh, setrika suhu sedang.',
    'Setiap kemeja dikemas dalam kotak kertas dengan kartu cerita pembatiknya. Berat paket 350 gr.',
    'Kami juga menerima pesanan seragam kantor dan keluarga, silakan tanya lewat chat penjual.',
  ];
  const paragraphs = bare ? all.filter((paragraph) => !EVIDENCE.test(paragraph)) : all;
  let description = '';
  for (let i = 0; description.length < LENGTH; i++) description += `${paragraphs[i % paragraphs.length]}\n`;
  const title = 'Kemeja Batik Tulis Pria Lengan Panjang Motif Parang Rusak Pekalongan Pewarna Alam';
  return { title, description: description.slice(0, LENGTH - title.length), category: 'Fashion Pria > Kemeja > Batik' };
}

function measure(name: string, work: () => void, runs: number): ExportBenchRow {
  for (let i = 0; i < WARM_UP; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return { name, medianMs: median(times), runs };
}

export async function benchExport(runs = 200): Promise<ExportBenchRow[]> {
  const listing = exportBenchListing();
  const bare = exportBenchListing(true);
  const source = { title: listing.title, description: listing.description };
  return [
    ...EXPORT_MARKETS.map((market) =>
      measure(`checkExportReadiness, 3,000-character batik listing, ${market}`, () => checkExportReadiness(listing, market), runs),
    ),
    ...EXPORT_MARKETS.map((market) =>
      measure(
        `checkExportReadiness, the same length showing nothing asked for (every finder reads it all), ${market}`,
        () => checkExportReadiness(bare, market),
        runs,
      ),
    ),
    measure('glossary draft of the same listing (title and description)', () => draftWithGlossary(source), runs),
  ];
}
