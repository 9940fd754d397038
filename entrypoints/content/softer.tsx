/**
 * Softer in a frame where a message box has been used: the field controller, the send moment, the card
 * in a shadow root, the settings read and watched, and the popup's messages. It is built into its own
 * file (entrypoints/softer-ui.ts) that the background injects into that frame on first use, so a frame
 * where nobody writes (every ad frame, with all_frames) never even compiles it, nor what it alone
 * imports (zod, @wxt-dev/storage, Preact and its JSX runtime, WXT's shadow-root UI, the controller, the
 * UI). What the content script needs after first use belongs here, not in index.tsx.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Overlay } from '../../components/Overlay';
import { FieldController, HIGHLIGHT_CSS } from '../../lib/dom/controller';
import { listenIn, watchFrames } from '../../lib/dom/frames';
import { RewriteStore } from '../../lib/dom/rewrites';
import { SendMoment } from '../../lib/dom/send-moment';
import { MAX_ANALYZE_CHARS } from '../../lib/limits';
import { ApplyRequest, onMessage, sendMessage } from '../../lib/protocol';
import {
  analyzeOptionsFrom,
  DEFAULT_SETTINGS,
  isSiteEnabled,
  type Settings,
} from '../../lib/settings/schema';
import { readSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import styles from './style.css?inline';

export interface StartOptions {
  hostname: string;
  /** This is the top frame, whose start-up messenger already answers the popup and the shortcut. */
  top: boolean;
  /** Hands the top frame's start-up messenger what the shortcut should do from now on. */
  setOpenFromShortcut: (open: () => void) => void;
}

export async function startSofter(
  ctx: ContentScriptContext,
  { hostname, top, setOpenFromShortcut }: StartOptions,
): Promise<void> {
  let settings: Settings = DEFAULT_SETTINGS;
  let openRequest = 0;
  const enabled = () => isSiteEnabled(settings, hostname);

  // Typing asks for the findings alone; their rewrites only when the card or the popup shows them (issue 12).
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

  // The analysed text is the box's text up to the engine's limit (lib/dom/controller.ts): so is this.
  const rewrites = new RewriteStore({
    ask: (text, at) =>
      sendMessage('rewritesFor', {
        text: text.slice(0, MAX_ANALYZE_CHARS),
        options: analyzeOptionsFrom(settings),
        at,
      }),
    onChange: () => draw(),
  });
  /** The findings of the message in the box now, each with the rewrites Softer offers for it. */
  const findingsWithRewrites = async () => {
    const { text, findings } = controller.current;
    const lists = await rewrites.load(text, findings);
    return { text, findings: findings.map((f, i) => ({ ...f, rewrites: lists[i] ?? [] })) };
  };

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
        rewrites={rewrites}
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
    // Other settings may find other findings in the same text.
    rewrites.clear();
    if (!enabled()) controller.clear();
    else controller.resume(document);
  };
  apply((await readSettings()).settings);
  // The engine starts when someone first writes here, not whenever the worker wakes.
  if (enabled()) void sendMessage('warmUp', undefined).catch(() => undefined);
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
  setOpenFromShortcut(openCard);
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
    // Asked for their rewrites first: typing asks for findings alone (issue 12).
    onMessage('currentFindings', async () => {
      if (!enabled()) return [];
      // The message changed meanwhile: asked once more, for the message as it is now.
      for (let tries = 0; tries < 2; tries++) {
        const { text, findings } = await findingsWithRewrites();
        if (controller.current.text === text) return findings;
      }
      return [];
    }),
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
      const { ruleId, start, rewrite } = parsed.data;
      const { text, findings } = controller.current;
      const finding = findings.find((f) => f.ruleId === ruleId && f.start === start);
      if (!finding) return false;
      // Only a rewrite Softer offers for that finding of the message as it is now: nothing else goes in.
      const [offered = []] = await rewrites.load(text, [finding]);
      if (!offered.includes(rewrite) || controller.current.text !== text) return false;
      const ok = await controller.apply({ ...finding, rewrites: offered }, rewrite);
      if (ok) moment.usedRewrite(finding);
      return ok;
    }),
  ];
  ctx.onInvalidated(() => {
    for (const stop of stopListening) stop();
    unwatch();
    controller.clear();
  });
}
