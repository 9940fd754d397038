import { REPLACE_REQUEST_EVENT, replaceByBeforeInput } from '../../lib/dom/beforeinput';
import { MESSAGING_SITES, PRACTICE_PAGE_MATCHES } from '../../lib/sites';

// A tiny script in the page's own world. Slate (Discord) applies a synthetic beforeinput only when it
// is created in the page's world (lib/dom/beforeinput.ts); the content script asks for it with a DOM
// event, which this script cancels to say it ran. It holds no extension API and reads nothing by itself.
export default defineContentScript({
  matches: [...MESSAGING_SITES.flatMap((site) => site.matches), ...PRACTICE_PAGE_MATCHES],
  allFrames: true,
  // Also in frames without an address of their own (about:blank, srcdoc), whose message boxes the
  // content script reads from the parent (lib/dom/frames.ts).
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  world: 'MAIN',
  main() {
    document.addEventListener(
      REPLACE_REQUEST_EVENT,
      (event) => {
        try {
          const target = event.composedPath()[0];
          const detail = JSON.parse(String((event as CustomEvent).detail)) as {
            start: number;
            end: number;
            text: string;
          };
          if (!(target instanceof HTMLElement)) return;
          event.preventDefault();
          replaceByBeforeInput(target, detail.start, detail.end, detail.text);
        } catch {
          // Never throw into the page.
        }
      },
      true,
    );
  },
});
