/**
 * Tag figures on real listings (issue 13), against the hand labels in labels/tags.json:
 * - precision@5: of the first five tags offered, the share a label accepts (a tag no label accepts is wrong);
 * - import leaks: imported or foreign-brand listings that get any local tag (origin, GI, programme, "…Indonesia");
 * - places misread: origin or GI tags naming a place the labels do not give as the origin;
 * - programme tags: most among the first five on any listing, and how many no label accepts;
 * - Shopee: listings offered more hashtags than its limit of 18 leaves room for.
 * The labelled sample is fixed (see labels/tags.json "about"); the scoring is a pure function so the
 * Vitest check (tags-eval.test.ts) and `npm run eval` report the same numbers.
 */
import { hashtagRoom, suggestTags, type TagSuggestion } from '../../utils/tags';
import holdoutFile from './labels/tags-holdout.json';
import labelsFile from './labels/tags.json';
import type { RealListing } from './real-listings';

export interface TagLabel {
  set: 'sample' | 'targeted' | 'holdout';
  imported: boolean;
  origin: string | null;
  acceptable: string[];
}

export const TAG_LABELS = (labelsFile as { labels: Record<string, TagLabel> }).labels;
/** Labelled blind, after the suggester was frozen (labels/tags-holdout.json). */
export const TAG_HOLDOUT_LABELS = (holdoutFile as { labels: Record<string, TagLabel> }).labels;

const LOCAL_KINDS = new Set(['origin', 'gi', 'program']);
const claimsLocal = (tag: TagSuggestion) => LOCAL_KINDS.has(tag.kind) || /indonesia/i.test(tag.label);
const key = (label: string) => label.toLowerCase();

export interface TagsEval {
  labelled: number;
  sample: number;
  /** precision@5 on the random sample, and on every labelled row. */
  precisionAt5: number;
  precisionAt5All: number;
  /** Tags counted in the precision of the sample, and of every labelled row. */
  topTags: number;
  topTagsAll: number;
  importListings: number;
  importLeaks: string[];
  placesMisread: string[];
  maxProgrammesInTop5: number;
  programmesUnaccepted: number;
  shopeeOverLimit: number;
  /** Wrong tags in the sample's top five, for reading ("hash title → tag"). */
  wrong: string[];
  /** Wrong tags in every labelled row's top five. */
  wrongAll: string[];
}

export function scoreTags(listings: RealListing[], labels: Record<string, TagLabel> = TAG_LABELS): TagsEval {
  const byHash = new Map(listings.map((row) => [row.hash, row]));
  let hits = 0;
  let shown = 0;
  let hitsAll = 0;
  let shownAll = 0;
  let sample = 0;
  let labelled = 0;
  let importListings = 0;
  let programmesUnaccepted = 0;
  const importLeaks: string[] = [];
  const placesMisread: string[] = [];
  const wrong: string[] = [];
  const wrongAll: string[] = [];
  for (const [hash, label] of Object.entries(labels)) {
    const row = byHash.get(hash);
    if (!row) continue;
    labelled++;
    const all = suggestTags(row.listing, { limit: 100 });
    const top = suggestTags(row.listing, { limit: 5 });
    const accepted = new Set(label.acceptable.map(key));
    const right = top.filter((tag) => accepted.has(key(tag.label))).length;
    hitsAll += right;
    shownAll += top.length;
    for (const tag of top.filter((t) => !accepted.has(key(t.label)))) wrongAll.push(`${hash} ${row.title.slice(0, 60)} → ${tag.label}`);
    if (label.set === 'sample') {
      sample++;
      hits += right;
      shown += top.length;
      for (const tag of top.filter((t) => !accepted.has(key(t.label)))) wrong.push(`${hash} ${row.title.slice(0, 60)} → ${tag.label}`);
    }
    programmesUnaccepted += top.filter((tag) => tag.kind === 'program' && !accepted.has(key(tag.label))).length;
    if (label.imported) {
      importListings++;
      const leaked = all.filter(claimsLocal);
      if (leaked.length) importLeaks.push(`${hash} ${row.title.slice(0, 60)} → ${leaked.map((t) => t.label).join(', ')}`);
    }
    for (const tag of all.filter((t) => t.kind === 'origin' || t.kind === 'gi')) {
      if (!label.origin || !tag.label.toLowerCase().includes(label.origin.toLowerCase()))
        placesMisread.push(`${hash} ${row.title.slice(0, 60)} → ${tag.label}`);
    }
  }
  let maxProgrammesInTop5 = 0;
  let shopeeOverLimit = 0;
  for (const row of listings) {
    const top = suggestTags(row.listing, { limit: 5 });
    maxProgrammesInTop5 = Math.max(maxProgrammesInTop5, top.filter((t) => t.kind === 'program').length);
    if (row.marketplace === 'shopee') {
      const room = hashtagRoom(row.listing)!;
      if (suggestTags(row.listing, { limit: 100 }).filter((t) => t.insert.startsWith('#')).length > room.left) shopeeOverLimit++;
    }
  }
  return {
    labelled,
    sample,
    precisionAt5: shown ? hits / shown : 1,
    precisionAt5All: shownAll ? hitsAll / shownAll : 1,
    topTags: shown,
    topTagsAll: shownAll,
    importListings,
    importLeaks,
    placesMisread,
    maxProgrammesInTop5,
    programmesUnaccepted,
    shopeeOverLimit,
    wrong,
    wrongAll,
  };
}

export function printTagsEval(listings: RealListing[]): void {
  const score = scoreTags(listings);
  const holdout = scoreTags(listings, TAG_HOLDOUT_LABELS);
  const share = (value: number) => value.toFixed(3);
  console.log(`## Tags (issue 13): ${score.labelled} hand-labelled real titles (${score.sample} in the random sample)\n`);
  console.log('| measure | value |\n|---|---:|');
  console.log(`| precision@5, random sample (${score.topTags} tags) | ${share(score.precisionAt5)} |`);
  console.log(`| precision@5, all labelled | ${share(score.precisionAt5All)} |`);
  console.log(
    `| precision@5, blind hold-out of ${holdout.labelled} titles (${holdout.topTagsAll} tags) | ${share(holdout.precisionAt5All)} |`,
  );
  console.log(
    `| hold-out: import leaks, places misread | ${holdout.importLeaks.length} of ${holdout.importListings}, ${holdout.placesMisread.length} |`,
  );
  console.log(`| import or foreign-brand listings with a local tag | ${score.importLeaks.length} of ${score.importListings} |`);
  console.log(`| origin or GI tags from places that are not the origin | ${score.placesMisread.length} |`);
  console.log(`| most programme tags in one top 5 (all ${listings.length} rows) | ${score.maxProgrammesInTop5} |`);
  console.log(`| programme tags in a top 5 that no label accepts | ${score.programmesUnaccepted} |`);
  console.log(`| Shopee listings offered hashtags past the limit of 18 | ${score.shopeeOverLimit} |`);
  const holdoutWrong = holdout.wrongAll;
  for (const [title, lines] of [
    ['import leaks', [...score.importLeaks, ...holdout.importLeaks]],
    ['places misread', [...score.placesMisread, ...holdout.placesMisread]],
    ['wrong tags in the sample top 5', score.wrong],
    ['wrong tags in the hold-out top 5', holdoutWrong],
  ] as const) {
    if (lines.length) console.log(`\n${title}:\n${lines.map((line) => `- ${line}`).join('\n')}`);
  }
}
