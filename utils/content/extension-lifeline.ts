/**
 * Noticing that the extension went away (reloaded, updated, disabled) without
 * polling. Chrome leaves an orphaned content script running in open pages, with
 * its UI still on screen; WXT's `ctx` only learns of it when something asks
 * `ctx.isInvalid`. A port to the background disconnects the moment the extension
 * unloads, so its `onDisconnect` is the cue to invalidate `ctx` (which removes the markers and
 * panel). Chrome clears `runtime.id` a moment after the disconnect, hence the one
 * short wait before looking. A port also disconnects when an idle MV3 service
 * worker is stopped; then the extension is still there, and the port is reopened
 * on the user's next interaction rather than at once, so Rapi never keeps the
 * worker awake.
 *
 * Firefox gives an unloading extension's content scripts no last word at all (it
 * destroys them), so there the next instance removes what the dead one left: see
 * `removeStaleHosts` in utils/content/marketplace-glue.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LIFELINE_PORT } from '../messaging/ports';

/** How long Chrome takes, after the port drops, to mark an unloaded extension's content script orphaned. */
const ORPHAN_CHECK_DELAY_MS = 500;

const extensionGone = () => {
  try {
    return browser.runtime?.id == null;
  } catch {
    return true;
  }
};

export function watchExtensionUnload(ctx: ContentScriptContext): void {
  let open = false;

  const connect = () => {
    if (open || ctx.isInvalid) return;
    let port: ReturnType<typeof browser.runtime.connect>;
    try {
      port = browser.runtime.connect({ name: LIFELINE_PORT });
    } catch {
      ctx.notifyInvalidated();
      return;
    }
    open = true;
    const stop = ctx.onInvalidated(() => port.disconnect());
    port.onDisconnect.addListener(() => {
      open = false;
      stop();
      setTimeout(() => {
        if (extensionGone()) ctx.notifyInvalidated();
      }, ORPHAN_CHECK_DELAY_MS);
    });
  };

  // Only the user's own interaction reopens it: a page firing synthetic events must not keep
  // waking the extension's service worker.
  const onInteraction = (event: Event) => event.isTrusted && connect();
  for (const type of ['pointerdown', 'keydown', 'focus', 'visibilitychange'] as const) {
    ctx.addEventListener(window, type, onInteraction, { capture: true, passive: true });
  }
  connect();
}
