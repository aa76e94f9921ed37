/**
 * Port names shared by the background and the content scripts. Kept apart from both
 * so the background never imports content-script glue (issue 14: the graph runs one way).
 */

/** The content script's lifeline: its disconnect tells the page the extension went away. */
export const LIFELINE_PORT = 'rapi-lifeline';
