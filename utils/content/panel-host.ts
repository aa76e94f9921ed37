/**
 * Rapi's own elements in the page: the field markers' host and the palette popover's host
 * (each a closed shadow root). The tags are what tests and the page see.
 */
export const MARKER_HOST = 'rapi-markers';
export const POPOVER_HOST = 'rapi-palette';
/** The floating panel's host from versions before the side panel: removed if an earlier instance left one. */
export const OLD_PANEL_HOST = 'rapi-panel';
export const RAPI_HOST_TAGS: readonly string[] = [MARKER_HOST, POPOVER_HOST];

/**
 * Whether a node is the host this instance of Rapi made (where `document.activeElement` points
 * while the palette popover has the focus). Checks go by identity, not by tag name: a page can
 * make an element called `rapi-palette` of its own and focus it.
 */
let ownHost: ((node: unknown) => boolean) | undefined;

export function setPanelHost(host: Element | ((node: unknown) => boolean) | undefined): void {
  ownHost = typeof host === 'function' ? host : host === undefined ? undefined : (node) => node === host;
}

export function isPanelHost(node: unknown): boolean {
  return ownHost?.(node) ?? false;
}

/** Events from inside Rapi's own elements (the markers, the popover), by the tag on their path. */
export const fromRapiHost = (event: Event): boolean =>
  event.composedPath().some((node) => RAPI_HOST_TAGS.includes((node as Element).localName));
