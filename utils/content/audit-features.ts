/**
 * The mentor's audit on shop, search and product-list pages: extract the product
 * cards, score them (pure, here in the page), and let the background keep the
 * audit in the extension's IndexedDB.
 */
import type { PanelStore } from '../panel/panel-store';
import type { AuditActions } from '../panel/section-states';
import { auditCards } from '../audit';
import { extractProductCards } from '../marketplaces/cards/extract';
import { readShopName } from '../marketplaces/cards/shop-name';
import type { PageMatch } from '../marketplaces/types';
import { MessagingError, sendToBackground } from '../messaging/client';
import { t } from '../i18n';
import { loadAll } from './load-all';

export function startAuditFeatures(doc: Document, match: PageMatch, store: PanelStore): AuditActions & { dispose: () => void } {
  let loading: AbortController | undefined;
  // A product page shows one product, not a list: nothing to audit (its cards would be "related products").
  const productPage = match.kind === 'product';
  store.set({ audit: productPage ? { phase: 'idle', productPage } : { phase: 'idle' } });

  const runAudit = async () => {
    if (productPage) return;
    // One audit at a time: a second click while one runs would save the same audit twice.
    if (store.get().audit?.phase === 'running') return;
    store.set({ audit: { phase: 'running' } });
    try {
      const cards = extractProductCards(doc, doc.location.href);
      const shop = readShopName(doc, match.kind);
      const audit = auditCards(cards, {
        marketplace: match.marketplace,
        ...(shop && { shopName: shop.name, shopNameFrom: shop.from }),
        url: doc.location.href,
        at: new Date(),
      });
      const saved = await sendToBackground({ type: 'audit/save', audit });
      store.set({
        audit: {
          phase: 'done',
          result: {
            id: saved.id,
            count: audit.summary.count,
            mean: audit.summary.meanScore,
            topIssues: audit.summary.topIssues,
            previous: saved.previous,
            ...(audit.productsLeftOut !== undefined && { leftOut: audit.productsLeftOut }),
          },
        },
      });
    } catch (error) {
      const language = store.get().language;
      const detail =
        error instanceof MessagingError ? error.body.message[language] : error instanceof Error ? error.message : String(error);
      store.set({ audit: { phase: 'failed', error: t(language, 'audit_failed', detail) } });
    }
  };

  return {
    runAudit: () => void runAudit(),
    loadAll: () => {
      loading?.abort();
      loading = new AbortController();
      const signal = loading.signal;
      void loadAll({
        count: () => extractProductCards(doc, doc.location.href).length,
        onProgress: (loaded) => !signal.aborted && store.set({ audit: { phase: 'loading', loaded } }),
        signal,
      }).then(() => {
        if (!signal.aborted) store.set({ audit: { phase: 'idle' } });
      });
    },
    cancelLoad: () => {
      loading?.abort();
      store.set({ audit: { phase: 'idle' } });
    },
    openReport: (id) => void sendToBackground({ type: 'audit/open-report', id }).catch(() => undefined),
    dispose: () => {
      loading?.abort();
      store.set({ audit: undefined });
    },
  };
}
