import { analyze, detect, rewriteMessage, rewritesAt } from '../../lib/index';
import { AnalyzeRequest, onMessage, RewritesRequest, SiteState, sendMessage } from '../../lib/protocol';
import { updateSettings } from '../../lib/settings/store';
import { grantedSitePatterns, hostsLeft } from '../../lib/site-access';
import { patternHost } from '../../lib/sites';
import { listenForMoments } from './moments';
import { injectInto, syncSiteScripts } from './site-scripts';

const ON_ICON = { 16: '/icons/16.png', 32: '/icons/32.png' } as const;
// Made grey at build time beside the others (modules/off-icon.ts).
const OFF_ICON = { 16: '/icons/16-off.png', 32: '/icons/32-off.png' } as const;

// The toolbar button: `action` in Manifest V3 (Chrome), `browserAction` in Firefox's Manifest V2 build,
// where `action` does not exist.
const toolbar = browser.action ?? browser.browserAction;

/** Badge, title and icon of one tab: on, or switched off there (or paused). */
async function showState(tabId: number, on: boolean): Promise<void> {
  await toolbar.setBadgeText({ tabId, text: on ? '' : 'off' });
  await toolbar.setTitle({
    tabId,
    title: on ? 'Softer: on for this site' : 'Softer: off for this site',
  });
  await toolbar.setIcon({ tabId, path: on ? ON_ICON : OFF_ICON });
}

/** One change to registrations at a time: start-up and permission events may arrive together. */
let queue: Promise<unknown> = Promise.resolve();
function serially(task: () => Promise<unknown>): void {
  queue = queue.then(task, task).catch((error) => console.warn('[softer] site scripts:', error));
}

// The engine (and compromise with it) lives here, off the page's main thread: content scripts stay
// small and a page pays nothing for Softer until someone types.
export default defineBackground(() => {
  // The engine (compromise, the rules' net, the model) starts when a message box is first used
  // (warmUp), or by the first request that needs it; a worker woken for a page's site state or the
  // popup's switch does not start it. The browser bench reads both marks (performance entries stay here).
  let warm = false;
  const warmUp = () => {
    if (warm) return;
    warm = true;
    const start = performance.now();
    detect('warm up');
    performance.measure('softer:engine-start', { start });
  };
  onMessage('warmUp', () => warmUp());

  // The rest of the content script, into the one frame where a message box was first used: a page load
  // compiles only the small watcher (issue 15). Same isolated world as the content script.
  onMessage('loadUi', async ({ sender }) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return false;
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/softer-ui.js'],
    });
    return true;
  });

  // Typing asks for the findings only (issue 12); their rewrites are asked for when the card or the
  // popup shows them, one message for all it shows.
  onMessage('analyze', ({ data }) => {
    const parsed = AnalyzeRequest.safeParse(data);
    warmUp();
    return parsed.success ? detect(parsed.data.text, parsed.data.options) : [];
  });
  onMessage('rewritesFor', ({ data }) => {
    const parsed = RewritesRequest.safeParse(data);
    if (!parsed.success) return [];
    const { text, options, at } = parsed.data;
    return at.map(({ start, ruleId }) => rewritesAt(text, options, start, ruleId));
  });
  onMessage('rewriteMessage', ({ data }) => {
    const parsed = AnalyzeRequest.safeParse(data);
    if (!parsed.success) return '';
    const { text, options } = parsed.data;
    return rewriteMessage(text, analyze(text, options));
  });
  // Drafts kept for later (storage.session) and the weekly reflection's counts (issue 14).
  listenForMoments();

  // The toolbar button says whether Softer reads this tab: "off" where it runs but is switched off or
  // paused, nothing where it reads. The page's own content script reports, so this works on every
  // site Softer runs on without a tabs permission.
  onMessage('siteState', ({ data, sender }) => {
    const parsed = SiteState.safeParse(data);
    const tabId = sender.tab?.id;
    if (!parsed.success || tabId === undefined || sender.frameId !== 0) return;
    // A tab that closed meanwhile: nothing to show.
    void showState(tabId, parsed.data.enabled).catch(() => undefined);
  });
  void toolbar.setBadgeBackgroundColor({ color: '#6b6b6b' }).catch(() => undefined);
  // A new page starts unmarked; its content script (if Softer runs there) reports again.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void toolbar.setBadgeText({ tabId, text: '' }).catch(() => undefined);
      void toolbar.setTitle({ tabId, title: 'Softer' }).catch(() => undefined);
      void toolbar.setIcon({ tabId, path: ON_ICON }).catch(() => undefined);
    }
  });

  browser.commands?.onCommand.addListener(async (command, tab) => {
    if (command !== 'open-suggestions') return;
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id === undefined) return;
    const reached = await sendMessage('openSuggestions', undefined, target.id).then(
      () => true,
      () => false,
    );
    // Softer does not run on this page: the popup opens instead, where it can be turned on for the site.
    if (!reached) await toolbar.openPopup?.().catch(() => undefined);
  });

  // Sites the person granted (popup "Turn on for this site", options "Add a site"): switched on and
  // started at once in open tabs; registrations follow the browser's permissions, whoever changes them.
  serially(syncSiteScripts);
  browser.permissions.onAdded.addListener(({ origins = [] }) => {
    const patterns = grantedSitePatterns(origins);
    if (patterns.length === 0) return;
    serially(async () => {
      await updateSettings((s) => {
        for (const pattern of patterns) {
          const host = patternHost(pattern);
          if (host) s.sites[host] = { enabled: true };
        }
      });
      await syncSiteScripts();
      await injectInto(patterns);
    });
  });
  browser.permissions.onRemoved.addListener(({ origins = [] }) => {
    serially(async () => {
      const { origins: still = [] } = await browser.permissions.getAll();
      const gone = hostsLeft(origins, still);
      if (gone.length > 0)
        await updateSettings((s) => {
          for (const host of gone) delete s.sites[host];
        });
      await syncSiteScripts();
    });
  });
  // How long the worker took to start, from its time origin (the browser bench reads it).
  performance.mark('softer:worker-ready');
});
