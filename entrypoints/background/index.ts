import { analyze } from '../../lib/index';
import { AnalyzeRequest, onMessage, sendMessage } from '../../lib/protocol';
import { isDefaultSite, isSiteEnabled, type Settings } from '../../lib/settings/schema';
import { readSettings, watchSettings } from '../../lib/settings/store';

/** "off" on the toolbar button where Softer would run but is switched off or paused. */
async function showState(settings: Settings, tabId: number, url: string | undefined): Promise<void> {
  let text = '';
  try {
    const parsed = url ? new URL(url) : null;
    const host = parsed && /^https?:$/.test(parsed.protocol) ? parsed.hostname : null;
    if (host && (isDefaultSite(host) || settings.sites[host]) && !isSiteEnabled(settings, host)) text = 'off';
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // A closed tab or a page Softer may not see: nothing to show.
  }
}

// The engine (and compromise with it) lives here, off the page's main thread: content scripts stay
// small and a page pays nothing for Softer until someone types.
export default defineBackground(() => {
  // Pay compromise's start-up (~150 ms) when the worker starts, not on the first keystroke.
  analyze('warm up');

  onMessage('analyze', ({ data }) => {
    const parsed = AnalyzeRequest.safeParse(data);
    return parsed.success ? analyze(parsed.data.text, parsed.data.options) : [];
  });

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'open-suggestions') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendMessage('openSuggestions', undefined, tab.id).catch(() => undefined);
  });

  void browser.action.setBadgeBackgroundColor({ color: '#6b6b6b' }).catch(() => undefined);
  browser.tabs.onUpdated.addListener((tabId, _change, tab) => {
    void readSettings().then(({ settings }) => showState(settings, tabId, tab.url));
  });
  watchSettings(({ settings }) => {
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) if (tab.id !== undefined) void showState(settings, tab.id, tab.url);
    });
  });
});
