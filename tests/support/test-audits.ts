/** Test helper: card results and audits built by hand, so each test states only what it is about. */
import { gradeFor, type RuleId, type Severity } from '../../utils/quality/index';
import type { ActionItem, Audit, CardResult } from '../../utils/audit/schema';
import { summarise } from '../../utils/audit/summarise';

export const SHOP = 'https://www.tokopedia.com/batiksaripekalongan';
export const AT = new Date('2025-03-01T09:00:00.000Z');

export function result(
  key: string,
  score: number,
  extra: Partial<Omit<CardResult, 'findings'>> & { rules?: RuleId[]; severity?: Severity } = {},
): CardResult {
  const { rules = [], severity = 'warning', ...rest } = extra;
  return {
    key,
    card: { title: `Produk ${key}`, priceIdr: 50_000, url: `${SHOP}/${key}`, isAd: false },
    score,
    grade: gradeFor(score),
    findings: rules.map((ruleId) => ({ ruleId, severity })),
    localTags: [],
    missingLocal: false,
    importSignals: false,
    ...rest,
  };
}

export function audit(products: CardResult[], actions: ActionItem[] = []): Audit {
  return {
    version: 1,
    marketplace: 'tokopedia',
    shopName: 'Batik Sari Pekalongan',
    url: SHOP,
    at: AT.toISOString(),
    products,
    summary: summarise(products, products.length),
    notes: '',
    actions,
  };
}
