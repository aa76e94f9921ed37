/** The panel on public marketplace pages (shops, search results, product pages), where the mentor audit will live. */
import '../../utils/runtime/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { publicMatchPatterns } from '../../utils/marketplaces/match-patterns';
import { runPanel } from '../../components/panel/panel-lifecycle';
import { quietContext } from '../../utils/content/quiet-context';

export default defineContentScript({
  matches: publicMatchPatterns(),
  runAt: 'document_idle',
  // WXT's started message would tell every page script Rapi's id; Rapi runs on a context that
  // neither sends nor hears it (see quiet-context).
  noScriptStartedPostMessage: true,
  main: () => runPanel(quietContext('shop')),
});
