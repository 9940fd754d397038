import { render } from 'preact';
import { Overlay } from '../../components/Overlay';
import { FieldController, HIGHLIGHT_CSS } from '../../lib/dom/controller';
import { ApplyRequest, onMessage, sendMessage } from '../../lib/protocol';
import {
  analyzeOptionsFrom,
  DEFAULT_SETTINGS,
  isSiteEnabled,
  type Settings,
} from '../../lib/settings/schema';
import { readSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import { MESSAGING_SITES, PRACTICE_PAGE_MATCHES } from '../../lib/sites';
import styles from './style.css?inline';

export default defineContentScript({
  matches: [...MESSAGING_SITES.flatMap((site) => site.matches), ...PRACTICE_PAGE_MATCHES],
  allFrames: true,
  // The card's styles travel inside the script (no web-accessible file a page could probe, nothing to
  // fetch), which also lets the same script run on sites the person adds at runtime.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Started again in the same page (a site removed and added back without a reload, or an update),
    // WXT invalidates this run before the new one starts; everything below is undone on `ctx.onInvalidated`.
    const hostname = location.hostname;
    let settings: Settings = DEFAULT_SETTINGS;
    let openRequest = 0;
    const enabled = () => isSiteEnabled(settings, hostname);

    const controller = new FieldController({
      analyze: (text) => sendMessage('analyze', { text, options: analyzeOptionsFrom(settings) }),
      onChange: () => draw(),
      onError: (error) => console.debug('[softer]', error),
    });

    const ui = await createShadowRootUi(ctx, {
      name: 'softer-ui',
      css: styles,
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
          onUse={(finding, rewrite) => void controller.apply(finding, rewrite)}
          onIgnore={(finding) =>
            void updateSettings((s) => {
              if (!s.ignoredPhrases.includes(finding.text)) s.ignoredPhrases.push(finding.text);
            })
          }
          onTurnOff={() =>
            void updateSettings((s) => {
              s.sites[hostname] = { enabled: false };
            })
          }
        />,
        ui.mounted,
      );
    }

    // Settings decide everything live: turning the site off stops all reading at once, without a reload.
    const apply = (next: Settings) => {
      settings = next;
      if (!enabled()) controller.clear();
      else controller.resume(document);
      report();
    };
    // The toolbar badge follows this page's state; a pause that ends on its own is noticed on next focus.
    let reported: boolean | null = null;
    const report = () => {
      const now = enabled();
      if (window !== window.top || now === reported) return;
      reported = now;
      void sendMessage('siteState', { enabled: now }).catch(() => undefined);
    };
    apply((await readSettings()).settings);
    const unwatch = watchSettings(({ settings: next }) => apply(next));

    // ::highlight() must live in the page's own style scope; an adopted sheet adds no node to the page.
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    } catch {
      // Old engines: findings still show in the indicator and the card.
    }

    const onEvent = (event: Event) => {
      if (event.type === 'focusin') report();
      if (enabled()) controller.handleEvent(event);
    };
    ctx.addEventListener(document, 'focusin', onEvent, { capture: true });
    ctx.addEventListener(document, 'input', onEvent, { capture: true });
    const openCard = () => {
      if (!enabled()) return;
      openRequest++;
      draw();
    };
    // The shortcut also works when the browser's command does not reach us (and for tests).
    ctx.addEventListener(
      document,
      'keydown',
      (event: KeyboardEvent) => {
        if (event.altKey && event.shiftKey && event.code === 'KeyS') openCard();
      },
      { capture: true },
    );
    const stopListening = [
      onMessage('openSuggestions', openCard),
      window === window.top ? onMessage('hostname', () => hostname) : () => undefined,
      // The popup shows the focused message's findings and applies a rewrite through the same path as the card.
      onMessage('currentFindings', () => (enabled() ? controller.current.findings : [])),
      onMessage('applyRewrite', async ({ data }) => {
        const parsed = ApplyRequest.safeParse(data);
        if (!parsed.success || !enabled()) return false;
        const finding = controller.current.findings.find(
          (f) => f.ruleId === parsed.data.ruleId && f.start === parsed.data.start,
        );
        return finding ? controller.apply(finding, parsed.data.rewrite) : false;
      }),
    ];
    ctx.onInvalidated(() => {
      for (const stop of stopListening) stop();
      unwatch();
      controller.clear();
    });
  },
});
