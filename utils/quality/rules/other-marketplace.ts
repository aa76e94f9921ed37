/**
 * Naming or linking another marketplace ("cek juga di Shopee", "tokped", "lapak
 * sebelah"): Shopee blocks or deletes such listings and TikTok Shop bans pointers
 * elsewhere (marketplaces.md §3.1). The listing's own marketplace is never reported.
 */
import type { Finding, Rule } from '../types';
import { makeFinding, MAX_FINDINGS_PER_FIELD, removeFix } from '../finding';
import { findMarketplaceMentions } from '../detectors/marketplace-names';
import { excerpt } from '../text/measure';

export const otherMarketplace: Rule<'other-marketplace'> = {
  id: 'other-marketplace',
  messageKeys: ['rule_other_marketplace'],
  check({ texts, listing, profile }) {
    const findings: Finding[] = [];
    for (const { field, text } of texts) {
      for (const mention of findMarketplaceMentions(text, profile.ownMentions).slice(0, MAX_FINDINGS_PER_FIELD)) {
        // Slang ("lapak sebelah") sits inside a sentence; removing it would leave a broken one.
        const fix = mention.severity === 'error' ? removeFix(field, text, mention, 'fix_remove_marketplace_name') : undefined;
        findings.push(
          makeFinding('other-marketplace', mention.severity, field, [excerpt(mention.phrase), profile.name], { span: mention, fix }),
        );
      }
    }
    const tags = listing.hashtags ?? [];
    // "#tiktok" names the social network (a tip in text): not worth a finding in the tag field.
    const severities = new Map(
      tags.map((tag) => [
        tag,
        findMarketplaceMentions(tag.replace(/^#+/, ''), profile.ownMentions)
          .map((m) => m.severity)
          .filter((s) => s !== 'tip'),
      ]),
    );
    const named = tags.filter((tag) => severities.get(tag)!.length > 0);
    if (named.length > 0) {
      const value = tags.filter((tag) => !named.includes(tag));
      const severity = named.some((tag) => severities.get(tag)!.includes('error')) ? 'error' : 'warning';
      const fix = {
        kind: 'set-field' as const,
        field: 'hashtags' as const,
        value,
        previous: tags,
        labelKey: 'fix_remove_marketplace_name' as const,
      };
      findings.push(makeFinding('other-marketplace', severity, 'hashtags', [named.slice(0, 5).join(' '), profile.name], { fix }));
    }
    return findings;
  },
};
