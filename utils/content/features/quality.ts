/** The quality checklist: the listing judged by the marketplace's rules (minus those the seller switched off), with one-click fixes. */
import type { TextField } from '../../marketplaces/editor/types';
import { checkListing } from '../../quality';
import { withoutRules } from '../../quality/without-rules';
import { disabledRules, enableAllRules, setRuleEnabled, watchRuleSettings } from '../../settings/rule-settings';
import { applyFixOnPage } from '../field-writer';
import type { PageFeature } from './types';

const TEXT_FIELDS = new Set(['title', 'description', 'priceIdr', 'stock', 'weightGrams']);
const isTextField = (field: string): field is TextField => TEXT_FIELDS.has(field);

export const qualityFeature: PageFeature = {
  id: 'quality',
  kinds: ['listing-editor'],
  reads: ['listing', 'rule-settings'],
  shows: ['quality'],
  start: async ({ match, store, listing }) => {
    let disabled = await disabledRules(match.marketplace);
    const judge = () => {
      const read = store.get().listing?.read.listing;
      if (read) store.set({ quality: { report: withoutRules(checkListing(read), disabled), disabledCount: disabled.length } });
    };
    listing?.onListing(judge);
    const unwatch = watchRuleSettings((settings) => {
      disabled = settings.disabled[match.marketplace] ?? [];
      judge();
    });
    return {
      actions: {
        showFinding: (finding) => isTextField(finding.field) && listing?.controller()?.focusField(finding.field, finding.span),
        applyFix: (finding) => {
          if (!finding.fix || !isTextField(finding.fix.field) || !listing) return;
          void applyFixOnPage(listing.element(finding.fix.field), finding.fix).then(({ notice, edit }) => listing.show(notice, edit));
        },
        disableRule: (rule) => void setRuleEnabled(match.marketplace, rule, false),
        enableAllRules: () => void enableAllRules(match.marketplace),
      },
      dispose: unwatch,
    };
  },
};
