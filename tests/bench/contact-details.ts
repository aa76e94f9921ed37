/**
 * The snippet variables' contact detector on 100 KB of hostile text (issue 11: the old
 * patterns rescanned long runs and took 8.9 s). Medians per input; the detector is linear,
 * so each should take a few milliseconds.
 */
import { findContactDetail } from '../../utils/snippets/contact-details';
import { median } from './stats';

const INPUTS: [string, string][] = [
  ['100 KB of letters, no @', 'a'.repeat(100_000)],
  ['100 KB "a-a-a-…", no domain', 'a-'.repeat(50_000)],
  ['100 KB "@a@a…"', '@a'.repeat(50_000)],
  ['100 KB of filler, e-mail at the end', `${'a-'.repeat(50_000)} toko@contoh.co.id`],
];

export async function benchContactDetails(runs = 20): Promise<{ name: string; medianMs: number; runs: number }[]> {
  return INPUTS.map(([name, text]) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      findContactDetail(text);
      times.push(performance.now() - start);
    }
    return { name: `contact detector, ${name}`, medianMs: median(times), runs };
  });
}
