/**
 * Starts the page agent in a content script: follows WXT's navigation events, answers the
 * background's messages (only the extension's own), and stops with the script's context.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendFromPage } from '../../messaging/page-client';
import { createPageAgent, type PageAgent, type PageAgentDeps } from './page-agent';

export { createPageAgent, type PageAgent } from './page-agent';

export function startPageAgent(ctx: ContentScriptContext, hooks: Pick<PageAgentDeps, 'onMarkers' | 'onPage'> = {}): PageAgent {
  const agent = createPageAgent(document, { send: (state) => sendFromPage(state), ...hooks });
  const onMessage = (message: unknown, sender: { id?: string }) => {
    // Only the background of this extension commands the agent.
    if (sender.id !== browser.runtime.id) return undefined;
    return agent.handle(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    agent.dispose();
  });
  // Navigations one after another, as the panel does, so a quick back-and-forth cannot start two readers.
  let queue = Promise.resolve();
  const enqueue = (url: string) => {
    queue = queue.then(() => agent.navigate(url)).catch((error: unknown) => console.error('[Rapi]', error));
  };
  ctx.addEventListener(window, 'wxt:locationchange', (event) => {
    // Only a URL object made by WXT's watcher is trusted (see marketplace-glue); otherwise the address bar.
    const newUrl = (event as { newUrl?: unknown }).newUrl;
    enqueue(newUrl instanceof URL ? newUrl.href : location.href);
  });
  enqueue(location.href);
  return agent;
}
