// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import { QuietContext } from './quiet-context';

/** What a page script can do once it knows the event's name (the id is public for store extensions). */
function pageSendsStarted(contentScriptName: string) {
  const type = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName, messageId: 'page' } }));
}

afterEach(() => vi.restoreAllMocks());

describe('the content-script context the page cannot talk to', () => {
  it("WXT's own context posts its started message to the page and dies on a page's event (what Rapi avoids)", () => {
    const posted = vi.spyOn(window, 'postMessage');
    const wxt = new ContentScriptContext('seller');
    expect(posted).toHaveBeenCalled();
    pageSendsStarted('seller');
    expect(wxt.signal.aborted).toBe(true);
  });

  it("Rapi's context posts nothing and outlives the page's started events", () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const quiet = new QuietContext('seller', { noScriptStartedPostMessage: true });
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    pageSendsStarted('seller');
    expect(quiet.signal.aborted).toBe(false);
  });
});
