/** The custom element that hosts Rapi's shadow root; tests and the page see only this tag. */
export const PANEL_HOST_TAG = 'rapi-panel';
