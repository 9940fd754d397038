/**
 * The underline's name and page-level style, apart from the controller so that code the content script
 * loads before a message box is used (lib/dom/frames.ts) does not pull the controller in with it.
 */
export const HIGHLIGHT_NAME = 'softer';

/** The page-level style for ::highlight(softer), adopted without adding a node to the page. */
export const HIGHLIGHT_CSS = `::highlight(${HIGHLIGHT_NAME}) { text-decoration: underline wavy #7c4dff; text-decoration-thickness: 2px; text-underline-offset: 3px; }`;
