/**
 * What an end-to-end scenario needs from a browser with Rapi installed. Chromium
 * (Playwright) and Firefox (puppeteer-core over WebDriver BiDi) implement it, so
 * every scenario is written once and run in both.
 */
import type { FixtureServer } from '../fixture-server';

export interface PanelSnapshot {
  /** How many Rapi host elements are in the page (must never exceed one). */
  hosts: number;
  marketplace: string | null;
  kind: string | null;
  collapsed: boolean;
  /** Visible text of the panel, for language checks. */
  text: string;
}

export interface ExtensionDriver {
  readonly name: 'chromium' | 'firefox';
  readonly server: FixtureServer;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Client-side navigation, as a single-page app does it. */
  pushState(url: string): Promise<void>;
  panel(): Promise<PanelSnapshot>;
  /** A real click on an element inside Rapi's shadow root. */
  clickInPanel(testId: string): Promise<void>;
  /** Text of an element inside Rapi's shadow root, or null when it is not there. */
  panelText(testId: string): Promise<string | null>;
  /** An attribute of an element inside Rapi's shadow root. */
  panelAttribute(testId: string, name: string): Promise<string | null>;
  /** A real click on a page element. */
  click(selector: string): Promise<void>;
  /** Replaces a page field's content as a user would (select all, type). */
  fill(selector: string, text: string): Promise<void>;
  /** Adds a script to the page's own world (test harnesses). */
  addScript(content: string): Promise<void>;
  /** Types text with the keyboard into whatever has the focus. */
  typeText(text: string): Promise<void>;
  /** Presses keys, e.g. 'Control+z'. */
  press(keys: string): Promise<void>;
  /** Shows Rapi's options page (Firefox: through Rapi's own link, since tests may not navigate there). */
  openOptionsPage(): Promise<void>;
  /** Runs an action that makes Rapi open one of its pages in a new tab, and carries on in that tab. */
  followNewTab(action: () => Promise<void>, path: string): Promise<void>;
  /** The URL of one of the extension's own pages ('/options.html'). */
  extensionUrl(path: string): Promise<string>;
  /** Runs a function in the page. */
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  /**
   * Reloads the extension under the open page, as an update or a developer's reload does. Firefox
   * injects the new version into the page; headless Chromium leaves the old content script orphaned.
   */
  reloadExtension(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Runs in the page: reads Rapi's shadow root (open, so tests and the demo can see inside). */
export function readPanelInPage(): PanelSnapshot {
  const hosts = document.querySelectorAll('rapi-panel');
  const root = hosts[0]?.shadowRoot;
  const panel = root?.querySelector<HTMLElement>('[data-testid="rapi-panel"]');
  return {
    hosts: hosts.length,
    marketplace: panel?.dataset.marketplace ?? null,
    kind: panel?.dataset.kind ?? null,
    collapsed: Boolean(root?.querySelector('[data-testid="rapi-expand"]')),
    text: panel?.innerText ?? '',
  };
}

/** Runs in the page: text or attribute of an element in Rapi's (open) shadow root. */
export function readInPanel([testId, attribute]: [string, string | null]): string | null {
  const el = document.querySelector('rapi-panel')?.shadowRoot?.querySelector(`[data-testid="${testId}"]`);
  if (!el) return null;
  return attribute ? el.getAttribute(attribute) : el.textContent;
}
