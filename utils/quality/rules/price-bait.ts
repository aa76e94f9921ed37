/**
 * A price below the marketplace's minimum is refused (Rp100 on Tokopedia and TikTok Shop,
 * marketplaces.md §1.1, §1.4): an error.
 *
 * A bait price ("harga pancingan") is a price far below what the listing itself says the product
 * costs, so the buyer who clicks finds the real price elsewhere: a warning, because it breaks the
 * buyer's trust. A low price alone is not bait: cord stoppers, stickers and sachets really sell for
 * Rp500–Rp1.000 (real listings). So the rule needs the listing's own evidence:
 * - it says the shown price is not the real one ("harga tertera bukan harga asli", "harga DP"),
 * - it names a price at least three times the shown one ("mulai Rp150.000", "Hanya 2 Juta-an"),
 * - or the shown price is a placeholder (Rp1.000 or less) for made-to-order goods ("custom",
 *   "sesuai pesanan", "tanya harga"), whose real price is agreed in chat.
 */
import type { Finding, Rule, RuleContext } from '../types';
import { makeFinding } from '../finding';
import { excerpt, formatCount } from '../text/measure';

const NOT_THE_PRICE =
  /(?<!\p{L})(?:harga\s+(?:yang\s+)?(?:tertera|tercantum|di\s*atas|di\s+etalase|etalase)\s+(?:bukan|belum|hanya|cuma)(?:\s+\p{L}+){0,2}|bukan\s+harga\s+(?:asli|sebenarnya|jual|final)|harga\s+(?:hanya\s+|cuma\s+)?(?:dp|uang\s+muka|tanda\s+jadi)\b)/giu;
const MADE_TO_ORDER =
  /(?<!\p{L})(?:custom|kustom|by\s+request|sesuai\s+(?:pesanan|permintaan|request)|pesanan\s+khusus|tanya\s+harga|(?:chat|hubungi)\s+(?:untuk|utk)\s+harga|harga\s+via\s+chat)(?!\p{L})/iu;
/** A rupiah amount: "Rp 150.000", "Rp1,5 jt", "150rb", "150 ribu", "150k", "2 Juta-an". */
const AMOUNT =
  /(?<![\p{L}\p{N}])(?:rp\.?\s*)?(\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)\s*(rb|ribu|k|jt|juta)?(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])rp\.?\s*(\d+)/giu;
/** Words before an amount that make it a saving, a threshold or a gift, not the product's price. */
const NOT_A_PRICE_BEFORE =
  /(?:hemat|diskon|disc|potongan|cashback|off|gratis|bonus|min\.?|minimal|minimum|maks\.?|maksimal|s\.?d\.?|voucher|ongkir|hingga)\s*$/iu;
/** In the description only amounts introduced as the price count; its other numbers are too varied. */
const PRICE_WORD_BEFORE = /(?:harga|mulai|start(?:ing)?\s+from|hanya|cuma)\s*(?:dari\s*)?$/iu;
const BAIT_RATIO = 3;

function amountOf(match: RegExpMatchArray): number | undefined {
  const digits = match[1] ?? match[3];
  // Stryker disable next-line ConditionalExpression: AMOUNT always captures digits; the guard is for the type
  if (!digits) return undefined;
  const unit = (match[2] ?? '').toLowerCase();
  // Stryker disable next-line Regex: an amount holds "rp" only at its start
  const hasRp = /^rp/i.test(match[0]);
  if (!unit && !hasRp) return undefined;
  // "4K", "8K" are screen resolutions; "50k" is a price.
  if (unit === 'k' && !hasRp && digits.length < 2) return undefined;
  // "1.500.000" groups thousands; "1,5" with a unit is a decimal.
  const value = /[.,]\d{3}(?:[.,]|$)/.test(digits) && !unit ? Number(digits.replace(/[.,]/g, '')) : Number(digits.replace(',', '.'));
  const scale = unit === 'rb' || unit === 'ribu' || unit === 'k' ? 1_000 : unit === 'jt' || unit === 'juta' ? 1_000_000 : 1;
  return Number.isFinite(value) ? value * scale : undefined;
}

/** The first amount in `text` that names a price at least BAIT_RATIO times `price`. */
function higherPrice(text: string, price: number, needsPriceWord: boolean): string | undefined {
  for (const match of text.matchAll(AMOUNT)) {
    const before = text.slice(Math.max(0, match.index - 30), match.index);
    if (NOT_A_PRICE_BEFORE.test(before)) continue;
    if (needsPriceWord && !PRICE_WORD_BEFORE.test(before)) continue;
    const amount = amountOf(match);
    // Stryker disable next-line MethodExpression: the finding's excerpt trims the amount too
    if (amount !== undefined && amount >= price * BAIT_RATIO) return match[0].trim();
  }
  return undefined;
}

function evidence({ texts, profile }: RuleContext, price: number): string | undefined {
  for (const { text } of texts) {
    const said = text.match(NOT_THE_PRICE)?.[0];
    if (said) return said;
  }
  for (const { field, text } of texts) {
    const named = higherPrice(text, price, field === 'description');
    if (named) return named;
  }
  if (price <= profile.price.plausibleMin) {
    for (const { text } of texts) {
      const made = MADE_TO_ORDER.exec(text)?.[0];
      if (made) return made;
    }
  }
  return undefined;
}

export const priceBait: Rule<'price-bait'> = {
  id: 'price-bait',
  messageKeys: ['rule_price_bait', 'rule_price_bait_below_minimum'],
  check(ctx) {
    const { listing, profile } = ctx;
    const price = listing.priceIdr;
    if (price === undefined || price <= 0) return [];
    const { min } = profile.price;
    if (min !== undefined && price < min) {
      return [
        makeFinding('price-bait', 'error', 'priceIdr', [formatCount(price), formatCount(min), profile.name], {
          messageKey: 'rule_price_bait_below_minimum',
        }),
      ];
    }
    const said = evidence(ctx, price);
    const findings: Finding[] = said ? [makeFinding('price-bait', 'warning', 'priceIdr', [formatCount(price), excerpt(said)])] : [];
    return findings;
  },
};
