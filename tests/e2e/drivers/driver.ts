/**
 * What an end-to-end scenario needs from a browser with Rapi installed. Chromium
 * (Playwright) and Firefox (puppeteer-core over WebDriver BiDi) implement it, so
 * every scenario is written once and run in both.
 */
import type { FixtureServer } from '../fixture-server';

export interface ExtensionDriver {
  readonly name: 'chromium' | 'firefox';
  readonly server: FixtureServer;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Client-side navigation, as a single-page app does it. */
  pushState(url: string): Promise<void>;
  /**
   * Runs a function with the closed shadow root of the first `tag` element in the page (Rapi's
   * `rapi-markers` or `rapi-palette`; null when there is none), through the automation protocol
   * (see PanelRunner).
   */
  inHost<A, R>(tag: string, fn: PanelFn<A, R>, arg: A): Promise<R>;
  /** A real (trusted) click on the first element matching a CSS selector inside a host's closed shadow root. */
  clickInHost(tag: string, selector: string, timeoutMs?: number): Promise<void>;
  /** @deprecated the floating panel's host (`inHost('rapi-panel', …)`), for the old panel's benches only. */
  inPanel<A, R>(fn: PanelFn<A, R>, arg: A): Promise<R>;
  /** The extension's id as the browser knows it (what a page must never learn). */
  extensionId(): Promise<string>;
  /** How many tabs are open (a page must not make Rapi open one). */
  tabCount(): Promise<number>;
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
  /**
   * Shows Rapi's options page (Firefox: through Rapi's own link, since tests may not navigate there:
   * the palette popover's manage link, opened in a field of an editor by the palette keys).
   */
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
  /** Resizes the current page's viewport (the drivers start at 1366×900). */
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** Opens a new tab in the same window at `url`, makes it the active tab and the driver's page. */
  newTab(url: string): Promise<void>;
  /** Makes one of the tabs the driver opened (0: the first, in order of `newTab`) active and the driver's page. */
  switchTab(index: number): Promise<void>;
  /**
   * Opens Rapi's side panel page as a tab of the same window (Chromium: at its extension URL; Firefox,
   * where tests may not navigate there: through Rapi's own options link, then the page's own
   * navigation) and makes the page that was current active again, so the side panel follows it.
   */
  openSidePanel(): Promise<ExtensionPage>;
  /** Opens Rapi's popup page as a tab, about the driver's current page (`?tab=`, since the popup tab is itself active). */
  openPopup(): Promise<ExtensionPage>;
  close(): Promise<void>;
}

/** One of Rapi's own pages open in a tab (side panel, popup): read and click by test id. */
export interface ExtensionPage {
  /** Text of the first element with the test id, or null. */
  text(testId: string): Promise<string | null>;
  attribute(testId: string, name: string): Promise<string | null>;
  /** How many elements match a CSS selector. */
  count(selector: string): Promise<number>;
  /** Clicks the first element matching a CSS selector (waits for it). */
  click(selector: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** The Playwright page (Chromium only), for axe. */
  readonly playwrightPage?: import('playwright-core').Page;
  close(): Promise<void>;
}

/** A click on the first element matching the selector in an extension page, waiting up to 10 s for it. */
export function clickWhenThere(selector: string): Promise<boolean> {
  return new Promise((resolve) => {
    const until = Date.now() + 10_000;
    const tryClick = () => {
      const el = document.querySelector<HTMLElement>(selector);
      if (el) {
        el.click();
        resolve(true);
      } else if (Date.now() > until) resolve(false);
      else setTimeout(tryClick, 50);
    };
    tryClick();
  });
}

/** A function run with one of Rapi's closed shadow roots (null when there is no such host). Its result must be JSON. */
export type PanelFn<A, R> = ((root: ShadowRoot | null, arg: A) => R | Promise<R>) | PanelSource<A, R>;
/** The same as source text, typed by what it takes and gives. */
export type PanelSource<A, R> = string & { readonly __panelFn?: (arg: A) => R };

/**
 * How drivers reach the panel. Its shadow root is closed, so no page script can
 * reach it, tests included; the browser's automation protocol can (CDP in
 * Chromium, WebDriver BiDi in Firefox: both hand out closed roots). The function
 * runs in a world of the protocol's own (a CDP isolated world, a BiDi sandbox),
 * so even a page that patched DOM prototypes never touches the root through a test.
 */
export type PanelRunner = <A, R>(fn: PanelFn<A, R>, arg: A) => Promise<R>;

/** Rapi's host tags are plain custom-element names; anything else is refused before it reaches a protocol expression. */
export function hostSelector(tag: string): string {
  if (!/^[a-z][a-z0-9]*-[a-z0-9-]+$/.test(tag)) throw new Error(`Not a host tag: ${tag}`);
  return tag;
}

/** Rapi's marker layer and palette popover hosts (utils/content/markers, utils/content/palette-popover). */
export const MARKERS_HOST = 'rapi-markers';
export const PALETTE_HOST = 'rapi-palette';
/**
 * The palette popover's parts (palette-popover.ts builds them without test ids): its dialog, its
 * result titles, and its "manage" link to the options page, the one button in its foot.
 */
export const POPOVER_DIALOG = '[role="dialog"]';
export const POPOVER_MANAGE = '.foot button';

/** Runs with the popover's closed root: whether it is open, and its result titles. */
export function popoverIn(root: ShadowRoot | null): { open: boolean; hits: string[] } {
  const dialog = root?.querySelector<HTMLElement>('[role="dialog"]');
  return {
    open: Boolean(dialog && !dialog.hidden),
    hits: [...(root?.querySelectorAll('[role="option"] .option-title') ?? [])].map((el) => el.textContent ?? ''),
  };
}

/**
 * Source for the protocol: calls `fn(root, arg)` and returns the result as JSON text. Scripts run
 * by tsx (bench, demo) pass source text: tsx wraps nested functions in a `__name` helper the page lacks.
 */
export function panelCallSource(fn: PanelFn<never, unknown> | string): string {
  return `async function (root, json) { const fn = (${fn.toString()}); return JSON.stringify({ v: await fn(root, JSON.parse(json)) }); }`;
}

/** Text or attribute of an element in a closed root, by test id; runs with the root. */
export function readIn(root: ShadowRoot | null, [testId, attribute]: [string, string | null]): string | null {
  const el = root?.querySelector(`[data-testid="${testId}"]`);
  if (!el) return null;
  return attribute ? el.getAttribute(attribute) : el.textContent;
}

/** Scrolls an element of a closed root into view and gives its centre, if the point really hits it; runs with the root. */
export function clickPointIn(root: ShadowRoot | null, selector: string): { x: number; y: number } | null {
  const el = root?.querySelector<HTMLElement>(selector);
  if (!root || !el) return null;
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  const box = el.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const hit = root.elementFromPoint(x, y);
  return hit && (hit === el || el.contains(hit)) ? { x, y } : null;
}

/** A real (trusted) mouse click on an element in a closed root, waiting for it to be there and clickable. */
export async function clickPanelElement(
  run: PanelRunner,
  mouseClick: (x: number, y: number) => Promise<void>,
  selector: string,
  timeoutMs = 10_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: { x: number; y: number } | null = null;
  for (;;) {
    const point = await run(clickPointIn, selector).catch(() => null);
    // Stable, as Playwright's own clicks require: the same place on two looks in a row.
    if (point && last && point.x === last.x && point.y === last.y) return mouseClick(point.x, point.y);
    last = point;
    if (Date.now() > until) throw new Error(`No clickable, steady ${selector} in Rapi's shadow root`);
    await new Promise((resolve) => setTimeout(resolve, point ? 50 : 100));
  }
}
