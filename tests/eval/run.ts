/**
 * `npm run eval`: how Rapi's judgments fare on real listings that other people saved
 * (`../shared/real-listings/`), against hand labels kept in `tests/eval/labels/` (keyed by title hash).
 * Prints figures only; skips, saying so, when the real listings are absent.
 */
import { loadRealListings, skipMessage } from './real-listings';

const listings = loadRealListings();
if (!listings) {
  console.log(skipMessage());
  process.exit(0);
}
// Words name sections (quality, tags); `--flags` are options a section reads itself (quality: --markdown).
const sections = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const want = (name: string) => sections.length === 0 || sections.includes(name);
if (want('quality')) (await import('./quality-eval')).printQualityEval(listings);
if (want('tags')) (await import('./tags-eval')).printTagsEval(listings);
