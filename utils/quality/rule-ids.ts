/**
 * Every rule id in one list, so the registry, the locale keys and the tests can all
 * be checked against it by the compiler. A rule's id is also its file name and,
 * with `-` written as `_`, its locale key (`title-too-long` → `rule_title_too_long`).
 */
import type { MessageKey } from '../i18n/translate';

export const RULE_IDS = [
  'title-too-short',
  'title-too-long',
  'title-all-caps',
  'title-promo-words',
  'title-shop-name',
  'title-punctuation-spam',
  'title-keyword-stuffing',
  'title-forbidden-characters',
  'multiple-products',
  'description-too-short',
  'description-no-structure',
  'hashtags-too-many',
  'contact-info',
  'other-marketplace',
  'counterfeit-claim',
  'unproven-claim',
  'images-too-few',
  'video-missing',
  'price-missing',
  'price-bait',
  'price-implausible',
  'stock-low',
  'weight-missing',
  'food-registration-missing',
  'food-registration-malformed',
  'halal-claim-unverified',
  'local-claim-conflict',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

type Snake<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}_${Snake<Tail>}` : S;
export type RuleMessageKey<Id extends RuleId = RuleId> = `rule_${Snake<Id>}`;

// Fails to compile when a rule has no message in the Indonesian (reference) locale.
const everyRuleHasAMessage: RuleMessageKey extends MessageKey ? true : never = true;
void everyRuleHasAMessage;

export function ruleMessageKey<Id extends RuleId>(id: Id): RuleMessageKey<Id> {
  return `rule_${id.replace(/-/g, '_')}` as RuleMessageKey<Id>;
}
