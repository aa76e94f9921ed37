/**
 * "Produk lokal" and "import" in the same listing: one of them is wrong, and buyers
 * who choose local products (Bangga Buatan Indonesia, Shopee Kreasi Nusantara,
 * marketplaces.md §4.1) feel misled. Reported once, at the first import signal.
 */
import type { Rule, TextField } from '../types';
import { makeFinding } from '../finding';
import { findImportSignals, findLocalClaims, type PhraseSpan } from '../detectors/import-signals';

export const localClaimConflict: Rule<'local-claim-conflict'> = {
  id: 'local-claim-conflict',
  messageKeys: ['rule_local_claim_conflict'],
  check({ texts }) {
    let claim: PhraseSpan | undefined;
    let signal: { field: TextField; span: PhraseSpan } | undefined;
    for (const { field, text } of texts) {
      claim ??= findLocalClaims(text)[0];
      const first = findImportSignals(text)[0];
      if (first && !signal) signal = { field, span: first };
    }
    if (!claim || !signal) return [];
    const span = { start: signal.span.start, end: signal.span.end };
    return [makeFinding('local-claim-conflict', 'warning', signal.field, [claim.phrase, signal.span.phrase], { span })];
  },
};
