import { render } from 'preact';
import { Overlay } from '../../components/Overlay';
import { FieldController, HIGHLIGHT_CSS } from '../../lib/dom/controller';
import { onMessage, sendMessage } from '../../lib/protocol';
import { MESSAGING_SITES, PRACTICE_PAGE_MATCHES } from '../../lib/sites';
import type { Finding } from '../../lib/types';
import './style.css';

export default defineContentScript({
  matches: [...MESSAGING_SITES.flatMap((site) => site.matches), ...PRACTICE_PAGE_MATCHES],
  allFrames: true,
  cssInjectionMode: 'ui',
  async main(ctx) {
    let openRequest = 0;
    // Phrases the person chose to ignore in this tab (persisted settings come with the options issue).
    const ignored = new Set<string>();
    const visible = (findings: Finding[]) => findings.filter((f) => !ignored.has(f.text.toLowerCase()));

    const controller = new FieldController({
      analyze: async (text) => visible(await sendMessage('analyze', { text })),
      onChange: () => draw(),
      onError: (error) => console.debug('[softer]', error),
    });

    const ui = await createShadowRootUi(ctx, {
      name: 'softer-ui',
      position: 'inline',
      anchor: 'html',
      mode: 'open',
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
    ui.mount();

    function draw() {
      if (!ui.mounted) return;
      render(
        <Overlay
          state={controller.current}
          openRequest={openRequest}
          onUse={(finding, rewrite) => controller.apply(finding, rewrite)}
          onIgnore={(finding) => {
            ignored.add(finding.text.toLowerCase());
            void controller.run();
          }}
        />,
        ui.mounted,
      );
    }

    // ::highlight() must live in the page's own style scope; an adopted sheet adds no node to the page.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } catch {
      // Old engines: findings still show in the indicator and the card.
    }

    const onEvent = (event: Event) => controller.handleEvent(event);
    ctx.addEventListener(document, 'focusin', onEvent, { capture: true });
    ctx.addEventListener(document, 'input', onEvent, { capture: true });
    // The shortcut also works when the browser's command does not reach us (and for tests).
    ctx.addEventListener(
      document,
      'keydown',
      (event: KeyboardEvent) => {
        if (event.altKey && event.shiftKey && event.code === 'KeyS') {
          openRequest++;
          draw();
        }
      },
      { capture: true },
    );
    onMessage('openSuggestions', () => {
      openRequest++;
      draw();
    });
    ctx.onInvalidated(() => controller.clear());
  },
});
