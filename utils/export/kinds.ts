/**
 * What the product is, for the destination's rules. The head noun comes from the title and the
 * category ("Kemeja", "Pakaian Pria"); the material may also come from the description, where
 * sellers write "Bahan: kayu jati" under a title that only says "Nampan Saji Ukir". A material
 * named only as a look ("motif kayu" on a phone case, "corak batik" on a plate) is removed first.
 * Decisions: synthetic rattan is plastic, so no rattan; bamboo is not timber in law; a leather
 * jacket is a garment but no textile; food follows the quality engine's own food detector so both
 * tabs agree on what is food.
 */
import { foodSignal } from '../quality/detectors/food-words';
import {
  CERAMIC,
  COSMETIC,
  COSMETIC_CATEGORY,
  FIBRE_MATERIAL,
  FOOD_TOOL,
  FOR_CLOTHES,
  GARMENT,
  GARMENT_CATEGORY,
  HARD_MATERIAL,
  LEATHER,
  LOOKS_LIKE,
  MADE_OF_CERAMIC,
  MADE_OF_NATURAL,
  MADE_OF_RATTAN,
  MADE_OF_WOOD,
  NATURAL_MATERIAL,
  NOT_GARMENT,
  NOT_COSMETIC,
  RATTAN,
  SPICE_FOOD,
  SYNTHETIC_RATTAN,
  TABLEWARE,
  TEXTILE,
  WOOD,
} from './kind-words';
import { PRODUCT_KINDS, type ProductKind } from './types';

export interface KindInput {
  title: string;
  description?: string;
  category?: string;
}

/** Cut-off for the description: materials are named near the top, and the regexes stay cheap. */
const DESCRIPTION_HEAD = 1_500;
/** Technique words that name cloth only when no other material is named ("topeng kayu batik" is wood). */
const TECHNIQUE_ONLY = /^(?:batik|tenun|tenunan|songket|ikat|lurik)$/i;

const withoutLooks = (text: string) => text.replace(LOOKS_LIKE, ' ');

export function detectKinds(input: KindInput): ProductKind[] {
  const title = withoutLooks(input.title);
  const category = input.category ?? '';
  const description = withoutLooks((input.description ?? '').slice(0, DESCRIPTION_HEAD));
  const head = `${title}\n${category}`;
  const all = `${head}\n${description}`;
  const kinds = new Set<ProductKind>();

  const cosmeticWords = (COSMETIC.test(title) && !NOT_COSMETIC.test(title)) || COSMETIC_CATEGORY.test(category);
  const food =
    !FOOD_TOOL.test(title) && (foodSignal(input.title, input.category) !== null || (!cosmeticWords && SPICE_FOOD.test(input.title)));
  const cosmetic = !food && cosmeticWords;
  // "Mocha Wood" on a perfume is its scent, "kayu manis" in a snack its spice.
  const rattan = !food && !cosmetic && RATTAN.test(head) && !SYNTHETIC_RATTAN.test(head);
  const wood = !food && !cosmetic && WOOD.test(head);
  const ceramic = CERAMIC.test(head) || MADE_OF_CERAMIC.test(description);
  const tableware = TABLEWARE.test(title);

  const forClothes = FOR_CLOTHES.test(title);
  const garment = !forClothes && !NOT_GARMENT.test(title) && (GARMENT.test(title) || (GARMENT_CATEGORY.test(category) && !tableware));
  const textileMatch = forClothes ? null : TEXTILE.exec(title);
  const otherMaterial = wood || rattan || tableware || CERAMIC.test(head) || HARD_MATERIAL.test(head);
  const textileNoun = textileMatch !== null && !(TECHNIQUE_ONLY.test(textileMatch[0]) && otherMaterial);
  const leatherOnly = LEATHER.test(head) && !FIBRE_MATERIAL.test(all) && !textileNoun;
  if (garment && !leatherOnly) kinds.add('garment').add('textile');
  if (textileNoun || (!garment && !otherMaterial && !food && !cosmetic && FIBRE_MATERIAL.test(title))) kinds.add('textile');

  if (tableware && ceramic) kinds.add('ceramic-tableware');
  else if (tableware && (NATURAL_MATERIAL.test(head) || MADE_OF_NATURAL.test(description)) && !SYNTHETIC_RATTAN.test(all))
    kinds.add('natural-tableware');

  // The description may name the material under a title with only the product's name ("Nampan Saji Ukir Jepara").
  const open = !garment && !kinds.has('textile') && !food && !cosmetic && !kinds.has('ceramic-tableware');
  if (wood || (open && MADE_OF_WOOD.test(description))) kinds.add('wood');
  if (rattan || (open && MADE_OF_RATTAN.test(description) && !SYNTHETIC_RATTAN.test(description))) kinds.add('rattan');

  // Food named in a cup's or plate's title is its use ("Cangkir Kopi Keramik"), not what is sold.
  if (food && !tableware) kinds.add('food');
  if (cosmetic) kinds.add('cosmetic');
  return PRODUCT_KINDS.filter((kind) => kinds.has(kind));
}
