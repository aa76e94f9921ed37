/** The custom element that hosts Rapi's shadow root; tests and the page see only this tag. */
export const PANEL_HOST_TAG = 'rapi-panel';

/**
 * The host this instance of Rapi mounted. Checks go by identity, not by tag name:
 * a page can make an element called `rapi-panel` of its own and focus it.
 */
let currentHost: Element | undefined;

export function setPanelHost(host: Element | undefined): void {
  currentHost = host;
}

export function isPanelHost(node: unknown): boolean {
  return currentHost !== undefined && node === currentHost;
}
