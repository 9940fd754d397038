/**
 * Where the injected part of Softer (entrypoints/softer-ui.ts) leaves its start function for the
 * content script, in the extension's isolated world of the frame (never the page's own world).
 */
export const SOFTER_UI_KEY = '__softerStartUi';
