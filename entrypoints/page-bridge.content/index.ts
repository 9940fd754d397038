import { replaceInSlate, SLATE_REPLACE_EVENT } from '../../lib/dom/slate';
import { MESSAGING_SITES, PRACTICE_PAGE_MATCHES } from '../../lib/sites';

// A tiny script in the page's own world. Slate (Discord) applies a synthetic beforeinput only when it
// is created in the page's world; the content script asks for it with a DOM event and learns the
// outcome from defaultPrevented. It holds no extension API and reads nothing by itself.
export default defineContentScript({
  matches: [...MESSAGING_SITES.flatMap((site) => site.matches), ...PRACTICE_PAGE_MATCHES],
  allFrames: true,
  world: 'MAIN',
  main() {
    document.addEventListener(
      SLATE_REPLACE_EVENT,
      (event) => {
        try {
          const target = event.composedPath()[0];
          const detail = JSON.parse(String((event as CustomEvent).detail)) as {
            start: number;
            end: number;
            text: string;
          };
          if (target instanceof HTMLElement && replaceInSlate(target, detail.start, detail.end, detail.text))
            event.preventDefault();
        } catch {
          // Never throw into the page.
        }
      },
      true,
    );
  },
});
