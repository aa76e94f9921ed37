/**
 * The one content script on every marketplace page Rapi knows (seller dashboards and
 * public pages alike): the page agent, the field markers, the palette at the caret and
 * typed shortcuts (utils/content/marketplace-glue). The UI itself lives in the side panel.
 */
import '../../utils/runtime/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { marketplaceMatchPatterns } from '../../utils/marketplaces/match-patterns';
import { quietContext } from '../../utils/content/quiet-context';
import { runMarketplaceScript } from '../../utils/content/marketplace-glue';

export default defineContentScript({
  matches: marketplaceMatchPatterns(),
  runAt: 'document_end',
  // WXT's started message would tell every page script Rapi's id; Rapi runs on a context that
  // neither sends nor hears it (see quiet-context).
  noScriptStartedPostMessage: true,
  main: () => {
    runMarketplaceScript(quietContext('marketplace'));
  },
});
