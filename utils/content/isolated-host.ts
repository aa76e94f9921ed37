/**
 * A host element for Rapi's small in-page pieces (field markers, the palette
 * popover): a closed shadow root the page cannot reach into, styles the page
 * cannot override, script-made events stopped at the root (guardUntrustedEvents)
 * and the user's own keys and input kept from the page's handlers (like WXT's
 * `isolateEvents`), so typing in Rapi never triggers the page's shortcuts.
 */
import { guardUntrustedEvents } from './untrusted-guard';

/** Events that stop at the shadow root instead of bubbling on to the page. */
export const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'paste',
  'cut',
  'copy',
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'focusin',
  'focusout',
  'wheel',
] as const;

export interface IsolatedHost {
  host: HTMLElement;
  root: ShadowRoot;
}

/** Host styles are set through the CSSOM (never a style attribute, which a strict page CSP blocks) and win over page CSS. */
function pin(host: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) host.style.setProperty(property, value, 'important');
}

function addStyles(doc: Document, root: ShadowRoot, css: string): void {
  try {
    const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // No constructable sheets here (an older engine, or a sheet from another world): a style element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
}

/** `attach: false` leaves the host out of the page: the caller adds it when it has something to show. */
export function createIsolatedHost(
  doc: Document,
  tag: string,
  css: string,
  signal?: AbortSignal,
  { attach = true }: { attach?: boolean } = {},
): IsolatedHost {
  const host = doc.createElement(tag);
  pin(host, {
    all: 'initial',
    display: 'block',
    position: 'fixed',
    top: '0',
    left: '0',
    width: '0',
    height: '0',
    overflow: 'visible',
    'z-index': '2147483646',
  });
  const root = host.attachShadow({ mode: 'closed' });
  addStyles(doc, root, css);
  guardUntrustedEvents(root, signal);
  const stop = (event: Event) => event.stopPropagation();
  for (const type of ISOLATED_EVENTS) root.addEventListener(type, stop, { signal });
  if (attach) (doc.documentElement ?? doc.body).append(host);
  return { host, root };
}
