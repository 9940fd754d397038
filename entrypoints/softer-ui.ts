/**
 * Softer's part of a page after a message box is first used (./content/softer.tsx): the field
 * controller, the send moment, the card. Kept out of the content script so that a page load compiles
 * only the small watcher in ./content/index.tsx (issue 15: the browser bench found the content script's
 * compile, not its run, was most of its cost at page load). The background injects this file into the
 * frame that asked (`loadUi`), in the content script's own isolated world, where it leaves its start
 * function for the watcher; the page never sees it.
 */
import { SOFTER_UI_KEY } from '../lib/dom/ui-key';
import { startSofter } from './content/softer';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[SOFTER_UI_KEY] = startSofter;
});
