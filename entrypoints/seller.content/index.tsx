/** The panel on seller dashboards (add/edit product forms and the seller's product list). */
import '../../utils/runtime/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sellerMatchPatterns } from '../../utils/marketplaces/match-patterns';
import { runPanel } from '../../components/panel/panel-lifecycle';
import { quietContext } from '../../utils/content/quiet-context';

export default defineContentScript({
  matches: sellerMatchPatterns(),
  runAt: 'document_idle',
  // WXT's started message would tell every page script Rapi's id; Rapi runs on a context that
  // neither sends nor hears it (see quiet-context).
  noScriptStartedPostMessage: true,
  main: () => runPanel(quietContext('seller')),
});
