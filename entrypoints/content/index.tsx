import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { messageFieldOf } from '../../lib/dom/fields';
import { frameDocumentToServe, listenIn, watchFrames } from '../../lib/dom/frames';
import { MAX_ANALYZE_CHARS } from '../../lib/limits';
import type { ProtocolMap } from '../../lib/protocol';
import type { Settings } from '../../lib/settings/schema';
import { MESSAGING_SITES, PRACTICE_PAGE_MATCHES } from '../../lib/sites';
import { watchSiteBadge } from './site-badge';

/**
 * Resolves when a message box in this frame is first focused or typed in, at once if one has focus
 * already (Softer added to an open tab). Until then a frame costs one cheap check per focus and input:
 * every frame of a chat app runs this script (all_frames), its ad frames included. Focus moving into a
 * frame with no script of its own counts too (a rich-text editor's about:blank frame).
 */
function firstUse(ctx: ContentScriptContext): Promise<void> {
  const used = (target: EventTarget | null) =>
    target instanceof HTMLIFrameElement || messageFieldOf(target) !== null;
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (used(active)) return Promise.resolve();
  return new Promise((resolve) => {
    let done = false;
    const onEvent = (event: Event) => {
      if (done || !used(event.composedPath()[0] ?? null)) return;
      done = true;
      resolve();
    };
    ctx.addEventListener(document, 'focusin', onEvent, { capture: true });
    ctx.addEventListener(document, 'input', onEvent, { capture: true });
    // Focus moving into a frame fires no focusin here: this window blurs, with the frame active. Only a
    // frame with no script of its own is read from here (lib/dom/frames.ts, issue 13).
    ctx.addEventListener(window, 'blur', (event) => {
      const active = document.activeElement;
      if (done || event.target !== window || !active || !frameDocumentToServe(active)) return;
      done = true;
      resolve();
    });
  });
}

export default defineContentScript({
  matches: [...MESSAGING_SITES.flatMap((site) => site.matches), ...PRACTICE_PAGE_MATCHES],
  allFrames: true,
  // The card's styles travel inside the script (no web-accessible file a page could probe, nothing to
  // fetch), which also lets the same script run on sites the person adds at runtime.
  cssInjectionMode: 'manual',
  // WXT tells an older copy of this script to stop with a DOM event in this isolated world; its extra
  // window.postMessage (kept by WXT for old versions) would run every message listener of the page at
  // load, and costs a stack capture in our script besides.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Started again in the same page (a site removed and added back without a reload, or an update),
    // WXT invalidates this run before the new one starts; everything below is undone on `ctx.onInvalidated`.
    const hostname = location.hostname;
    const top = window === window.top;
    // From the page's start, in the top frame only: the toolbar badge, the popup's "which site is
    // this?", and the shortcut (answered before a message box is used too, so it never opens the popup
    // on a page where Softer runs). Their own messenger: same messages, without loading lib/protocol.
    let openFromShortcut: (() => void) | undefined;
    if (top) {
      watchSiteBadge(ctx, hostname);
      const { onMessage } = defineExtensionMessaging<Pick<ProtocolMap, 'hostname' | 'openSuggestions'>>();
      const stop = [
        onMessage('hostname', () => hostname),
        onMessage('openSuggestions', () => openFromShortcut?.()),
      ];
      ctx.onInvalidated(() => {
        for (const off of stop) off();
      });
    }

    // Everything else waits for a message box to be used in this frame (./softer-deps.ts says why).
    await firstUse(ctx);
    if (ctx.isInvalid) return;
    const {
      render,
      Overlay,
      FieldController,
      HIGHLIGHT_CSS,
      SendMoment,
      ApplyRequest,
      onMessage,
      sendMessage,
      analyzeOptionsFrom,
      DEFAULT_SETTINGS,
      isSiteEnabled,
      readSettings,
      updateSettings,
      watchSettings,
      styles,
    } = await import('./softer-deps');
    let settings: Settings = DEFAULT_SETTINGS;
    let openRequest = 0;
    const enabled = () => isSiteEnabled(settings, hostname);

    const controller = new FieldController({
      analyze: (text) => sendMessage('analyze', { text, options: analyzeOptionsFrom(settings) }),
      onChange: (state) => {
        moment.noteState(state);
        draw();
      },
      onError: (error) => console.debug('[softer]', error),
    });
    // The moment of sending (issue 14): a held send, the right-moment nudge, a draft kept for later.
    const moment = new SendMoment({
      state: () => controller.current,
      settings: () => settings,
      enabled: () => enabled(),
      hostname,
      keepDraft: (text) => sendMessage('keepDraft', { host: hostname, text }),
      keptDraft: () => sendMessage('keptDraft', { host: hostname }),
      forgetKeptDraft: () => sendMessage('forgetDraft', { host: hostname }),
      record: (event, categories) =>
        void sendMessage('countMoment', { event, categories }).catch(() => undefined),
      refresh: () => void controller.run(),
      onChange: () => draw(),
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
          onUse={(finding, rewrite) =>
            void controller.apply(finding, rewrite).then((ok) => ok && moment.usedRewrite(finding))
          }
          rewriteWhole={(text) =>
            sendMessage('rewriteMessage', { text, options: analyzeOptionsFrom(settings) })
          }
          onUseWhole={(whole) => void controller.applyWhole(whole)}
          held={
            moment.card && {
              card: moment.card,
              onSendAnyway: () => void moment.sendAsIs(),
              onKeepDraft: () => void moment.keepDraft(),
              onDismiss: () => moment.dismiss(),
            }
          }
          putBack={
            moment.canPutBack
              ? { onPutBack: () => void moment.putBack(), onForget: () => void moment.forget() }
              : null
          }
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
      if (enabled()) controller.handleEvent(event);
    };
    ctx.addEventListener(document, 'focusin', onEvent, { capture: true });
    ctx.addEventListener(document, 'input', onEvent, { capture: true });
    // Window capture: before the site's own key and click handlers, so a held send never reaches them.
    ctx.addEventListener(window, 'keydown', moment.guard.onKeyDown, { capture: true });
    ctx.addEventListener(window, 'click', moment.guard.onClick, { capture: true });
    ctx.addEventListener(window, 'compositionend', moment.guard.onCompositionEnd, { capture: true });
    ctx.addEventListener(window, 'input', moment.guard.onInput, { capture: true });
    const openCard = () => {
      if (!enabled()) return;
      openRequest++;
      draw();
    };
    openFromShortcut = openCard;
    // The shortcut also works when the browser's command does not reach us (and for tests).
    ctx.addEventListener(
      document,
      'keydown',
      (event: KeyboardEvent) => {
        if (event.altKey && event.shiftKey && event.code === 'KeyS') openCard();
      },
      { capture: true },
    );
    // Message boxes in frames that get no content script of their own (about:blank, srcdoc, written
    // by script, replaced after load; issue 13): read from here with the same listeners, the card drawn
    // over the frame (lib/dom/frames.ts).
    ctx.onInvalidated(
      watchFrames(document, {
        listen: (frameDoc) =>
          listenIn(frameDoc, {
            focusin: onEvent,
            input: onEvent,
            keydown: (event) => {
              const key = event as KeyboardEvent;
              if (key.altKey && key.shiftKey && key.code === 'KeyS') openCard();
            },
          }),
        onFocusedFrame: (frameDoc) => {
          if (enabled()) controller.resume(frameDoc);
        },
      }),
    );
    const stopListening = [
      // The top frame answers these two from its start (above).
      top ? () => undefined : onMessage('openSuggestions', openCard),
      // The popup shows the focused message's findings and applies a rewrite through the same path as the card.
      onMessage('currentFindings', () => (enabled() ? controller.current.findings : [])),
      // The popup's "Use the whole rewrite" (issue 12): asked for only when the popup opens.
      onMessage('currentWhole', async () => {
        const { text, findings } = controller.current;
        if (!enabled() || findings.length === 0) return null;
        return sendMessage('rewriteMessage', { text, options: analyzeOptionsFrom(settings) });
      }),
      onMessage('applyWhole', async ({ data }) => {
        // The shape WholeRequest (lib/protocol.ts) checks, read here without loading zod's schema again.
        const whole = (data as { whole?: unknown } | undefined)?.whole;
        if (typeof whole !== 'string' || whole === '' || whole.length > 4 * MAX_ANALYZE_CHARS || !enabled())
          return false;
        return controller.applyWhole(whole);
      }),
      onMessage('applyRewrite', async ({ data }) => {
        const parsed = ApplyRequest.safeParse(data);
        if (!parsed.success || !enabled()) return false;
        const finding = controller.current.findings.find(
          (f) => f.ruleId === parsed.data.ruleId && f.start === parsed.data.start,
        );
        const ok = finding ? await controller.apply(finding, parsed.data.rewrite) : false;
        if (ok && finding) moment.usedRewrite(finding);
        return ok;
      }),
    ];
    ctx.onInvalidated(() => {
      for (const stop of stopListening) stop();
      unwatch();
      controller.clear();
    });
  },
});
