/** The panel on seller dashboards (add/edit product forms and the seller's product list). */
import '../../utils/runtime/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sellerMatchPatterns } from '../../utils/marketplaces/match-patterns';
import { runPanel } from '../../utils/content/panel-lifecycle';

export default defineContentScript({
  matches: sellerMatchPatterns(),
  runAt: 'document_idle',
  main: (ctx) => runPanel(ctx),
});
