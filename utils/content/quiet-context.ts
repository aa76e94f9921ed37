/**
 * A content-script context the page cannot talk to. WXT's context announces
 * itself when it starts (`wxt:content-script-started`, by `window.postMessage`,
 * which carried the extension id to every script on the page, and by a document
 * event) and invalidates itself when it hears that announcement from a "newer"
 * instance, which removed Rapi's panel. Any script on the page can send either.
 *
 * Rapi does not need the mechanism: Chrome injects no new instance into open
 * pages, Firefox destroys the old one, and the leftovers are handled by the
 * lifeline and `removeStaleHosts`. So Rapi runs on its own context that neither
 * announces nor listens; WXT's context, created before `main`, is told not to
 * post (`noScriptStartedPostMessage` on the content script) and is then left unused.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

export class QuietContext extends ContentScriptContext {
  override stopOldScripts(): void {
    // Announces nothing: see above.
  }

  override listenForNewerScripts(): void {
    // Hears nothing: a page could send the same event.
  }
}

export function quietContext(name: string): ContentScriptContext {
  return new QuietContext(name, { noScriptStartedPostMessage: true });
}
