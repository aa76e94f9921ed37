/**
 * Shopee refuses more than 18 hashtags ("Jumlah tagar (hashtag) tidak boleh lebih
 * dari 18", §1.2): an error. Jubelio advises ≤18 on Lazada and ≤5 elsewhere (§1.3, §6): third-party
 * advice, a tip, whose message says "recommended" rather than "allowed".
 * Tags in the description and in the hashtag field are counted together, once each.
 */
import type { Fix, Rule, Span } from '../types';
import { makeFinding, removeFix } from '../finding';
import { findPhrases, type PhraseMatch } from '../text/spans';

const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{L}\p{N}_]+/gu;
const ONLY_TAGS = /^[\s,.#\p{L}\p{N}_]*$/u;

// Stryker disable next-line MethodExpression: upper or lower case, every tag is folded the same way
const normalise = (tag: string) => tag.replace(/^#+/, '').toLowerCase();

/** Description tags with a letter ("#1" is a rank, not a tag), first occurrence of each. */
function descriptionTags(text: string): PhraseMatch[] {
  const seen = new Set<string>();
  return findPhrases(text, HASHTAG).filter((tag) => {
    const key = normalise(tag.phrase);
    if (!/\p{L}/u.test(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first `limit` distinct tags of the field, as the seller wrote them. */
function firstTags(tags: readonly string[], limit: number): string[] {
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = normalise(tag);
    if (key === '' || seen.has(key) || seen.size >= limit) return false;
    seen.add(key);
    return true;
  });
}

export const hashtagsTooMany: Rule<'hashtags-too-many'> = {
  id: 'hashtags-too-many',
  messageKeys: ['rule_hashtags_too_many', 'rule_hashtags_too_many_tip'],
  check({ listing, profile }) {
    const limit = profile.hashtags;
    const description = listing.description ?? '';
    const inText = descriptionTags(description);
    const fieldTags = [...new Set((listing.hashtags ?? []).map(normalise).filter((tag) => tag !== ''))];
    const all = new Set([...inText.map((tag) => normalise(tag.phrase)), ...fieldTags]);
    if (all.size <= limit.value) return [];
    const params = [all.size, limit.value, profile.name];
    let span: Span | undefined;
    let fix: Fix | undefined;
    if (inText.length > limit.value) {
      span = { start: inText[limit.value]!.start, end: inText[inText.length - 1]!.end };
      // Offer to remove the extra tags only when they form a block of tags, not tags inside sentences.
      if (ONLY_TAGS.test(description.slice(span.start, span.end)))
        fix = removeFix('description', description, span, 'fix_remove_extra_hashtags');
    } else if (inText.length === 0 && listing.hashtags) {
      fix = {
        kind: 'set-field',
        field: 'hashtags',
        value: firstTags(listing.hashtags, limit.value),
        previous: listing.hashtags,
        labelKey: 'fix_remove_extra_hashtags',
      };
    }
    const messageKey = limit.severity === 'tip' ? 'rule_hashtags_too_many_tip' : 'rule_hashtags_too_many';
    return [
      makeFinding('hashtags-too-many', limit.severity, inText.length > 0 ? 'description' : 'hashtags', params, { span, fix, messageKey }),
    ];
  },
};
