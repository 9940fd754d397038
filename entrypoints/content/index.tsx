import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { messageFieldOf } from '../../lib/dom/fields';
import { frameDocumentToServe } from '../../lib/dom/frames';
import { SOFTER_UI_KEY } from '../../lib/dom/ui-key';
import type { ProtocolMap } from '../../lib/protocol';
import { MESSAGING_SITES, PRACTICE_PAGE_MATCHES } from '../../lib/sites';
import { watchSiteBadge } from './site-badge';
import type { startSofter } from './softer';

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
    const { onMessage, sendMessage } =
      defineExtensionMessaging<Pick<ProtocolMap, 'hostname' | 'openSuggestions' | 'loadUi'>>();
    if (top) {
      watchSiteBadge(ctx, hostname);
      const stop = [
        onMessage('hostname', () => hostname),
        onMessage('openSuggestions', () => openFromShortcut?.()),
      ];
      ctx.onInvalidated(() => {
        for (const off of stop) off();
      });
    }

    // Everything else waits for a message box to be used in this frame, and comes then: the background
    // injects it into this frame (entrypoints/softer-ui.ts says why), where it leaves its start.
    await firstUse(ctx);
    if (ctx.isInvalid) return;
    const loaded = await sendMessage('loadUi', undefined).catch((error) => {
      console.debug('[softer] could not load:', error);
      return false;
    });
    const start = (globalThis as Record<string, unknown>)[SOFTER_UI_KEY] as typeof startSofter | undefined;
    if (!loaded || !start || ctx.isInvalid) return;
    await start(ctx, {
      hostname,
      top,
      setOpenFromShortcut: (open) => {
        openFromShortcut = open;
      },
    });
  },
});
