/**
 * The one list of rules. The mapped type makes a missing, extra or misnamed rule
 * a compile error; the order of RULE_IDS is the order rules run in.
 */
import { RULE_IDS, type RuleId } from './rule-ids';
import type { Rule } from './types';
import { titleTooShort } from './rules/title-too-short';
import { titleTooLong } from './rules/title-too-long';
import { titleAllCaps } from './rules/title-all-caps';
import { titlePromoWords } from './rules/title-promo-words';
import { titleShopName } from './rules/title-shop-name';
import { titlePunctuationSpam } from './rules/title-punctuation-spam';
import { titleKeywordStuffing } from './rules/title-keyword-stuffing';
import { titleForbiddenCharacters } from './rules/title-forbidden-characters';
import { multipleProducts } from './rules/multiple-products';
import { descriptionTooShort } from './rules/description-too-short';
import { descriptionNoStructure } from './rules/description-no-structure';
import { hashtagsTooMany } from './rules/hashtags-too-many';
import { contactInfo } from './rules/contact-info';
import { otherMarketplace } from './rules/other-marketplace';
import { counterfeitClaim } from './rules/counterfeit-claim';
import { unprovenClaim } from './rules/unproven-claim';
import { imagesTooFew } from './rules/images-too-few';
import { videoMissing } from './rules/video-missing';
import { priceMissing } from './rules/price-missing';
import { priceBait } from './rules/price-bait';
import { priceImplausible } from './rules/price-implausible';
import { stockLow } from './rules/stock-low';
import { weightMissing } from './rules/weight-missing';
import { foodRegistrationMissing } from './rules/food-registration-missing';
import { foodRegistrationMalformed } from './rules/food-registration-malformed';
import { halalClaimUnverified } from './rules/halal-claim-unverified';
import { localClaimConflict } from './rules/local-claim-conflict';

export const RULE_REGISTRY: { readonly [Id in RuleId]: Rule<Id> } = {
  'title-too-short': titleTooShort,
  'title-too-long': titleTooLong,
  'title-all-caps': titleAllCaps,
  'title-promo-words': titlePromoWords,
  'title-shop-name': titleShopName,
  'title-punctuation-spam': titlePunctuationSpam,
  'title-keyword-stuffing': titleKeywordStuffing,
  'title-forbidden-characters': titleForbiddenCharacters,
  'multiple-products': multipleProducts,
  'description-too-short': descriptionTooShort,
  'description-no-structure': descriptionNoStructure,
  'hashtags-too-many': hashtagsTooMany,
  'contact-info': contactInfo,
  'other-marketplace': otherMarketplace,
  'counterfeit-claim': counterfeitClaim,
  'unproven-claim': unprovenClaim,
  'images-too-few': imagesTooFew,
  'video-missing': videoMissing,
  'price-missing': priceMissing,
  'price-bait': priceBait,
  'price-implausible': priceImplausible,
  'stock-low': stockLow,
  'weight-missing': weightMissing,
  'food-registration-missing': foodRegistrationMissing,
  'food-registration-malformed': foodRegistrationMalformed,
  'halal-claim-unverified': halalClaimUnverified,
  'local-claim-conflict': localClaimConflict,
};

export const RULES: readonly Rule[] = RULE_IDS.map((id) => RULE_REGISTRY[id] as Rule);
