/** The panel on public marketplace pages (shops, search results, product pages), where the mentor audit will live. */
import '../../utils/runtime/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { publicMatchPatterns } from '../../utils/marketplaces/match-patterns';
import { runPanel } from '../../utils/content/panel-lifecycle';

export default defineContentScript({
  matches: publicMatchPatterns(),
  runAt: 'document_idle',
  main: (ctx) => runPanel(ctx),
});
