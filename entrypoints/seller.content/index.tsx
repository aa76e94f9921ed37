/** The panel on seller dashboards (add/edit product forms and the seller's product list). */
import '../../utils/runtime/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sellerMatchPatterns } from '../../utils/marketplaces/match-patterns';
import { runPanel } from '../../components/panel/panel-lifecycle';
import { quietContext } from '../../utils/content/quiet-context';
import { startPageAgent } from '../../utils/content/page-agent';

export default defineContentScript({
  matches: sellerMatchPatterns(),
  runAt: 'document_idle',
  // WXT's started message would tell every page script Rapi's id; Rapi runs on a context that
  // neither sends nor hears it (see quiet-context).
  noScriptStartedPostMessage: true,
  main: () => {
    const ctx = quietContext('seller');
    // The side panel's page agent (issue 15) runs beside the floating panel until the panel goes.
    startPageAgent(ctx);
    return runPanel(ctx);
  },
});
