import { useEffect, useState } from 'preact/hooks';
import { CurrentMessage } from '../../components/CurrentMessage';
import { PauseControl } from '../../components/PauseControl';
import { Scratchpad } from '../../components/Scratchpad';
import { SiteToggle } from '../../components/SiteToggle';
import { sendMessage } from '../../lib/protocol';
import {
  analyzeOptionsFrom,
  DEFAULT_SETTINGS,
  isSiteEnabled,
  pauseUntil,
  type Settings,
} from '../../lib/settings/schema';
import { readSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import type { Finding } from '../../lib/types';

/** The tab the popup is about: ?tab=ID (opening the popup in a tab, and the tests), else the active tab. */
async function targetTab(): Promise<number | undefined> {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return id;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/**
 * The site of the tab the popup is about: ?tab=ID (opening the popup in a tab, and the tests), else the
 * active tab. Softer's content script there says which site it is; where none runs, the address the
 * browser shares after a click on Softer's button (activeTab) is used.
 */
async function targetHostname(): Promise<string | null> {
  try {
    const id = Number(new URLSearchParams(location.search).get('tab'));
    const tab =
      Number.isInteger(id) && id > 0
        ? await browser.tabs.get(id)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (tab?.id === undefined) return null;
    const fromPage = await sendMessage('hostname', undefined, tab.id).catch(() => null);
    if (typeof fromPage === 'string' && fromPage !== '') return fromPage;
    const url = tab.url ? new URL(tab.url) : null;
    return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.hostname : null;
  } catch {
    return null;
  }
}

/** The popup: this site's switch, a pause, a scratchpad that works on any page, and the article's advice. */
export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [hostname, setHostname] = useState<string | null>(null);
  const [findings, setFindings] = useState<Finding[] | null>(null);

  useEffect(() => {
    void readSettings().then(({ settings: s }) => setSettings(s));
    void targetHostname().then(setHostname);
    // Asked after first paint: the popup opens at once and fills this in.
    void targetTab()
      .then((tab) => (tab === undefined ? [] : sendMessage('currentFindings', undefined, tab)))
      .then((found) => setFindings(Array.isArray(found) ? found : []))
      .catch(() => setFindings([]));
    return watchSettings(({ settings: s }) => setSettings(s));
  }, []);

  return (
    <main class="popup">
      <header>
        <h1>Softer</h1>
        <p class="tagline">Gentler words, written on your device.</p>
      </header>
      <SiteToggle
        hostname={hostname}
        enabled={hostname !== null && isSiteEnabled({ ...settings, pausedUntil: null }, hostname)}
        onChange={(enabled) =>
          void updateSettings((s) => {
            if (hostname) s.sites[hostname] = { enabled };
          })
        }
      />
      <PauseControl
        pausedUntil={settings.pausedUntil}
        onPause={(choice) =>
          void updateSettings((s) => {
            s.pausedUntil = pauseUntil(choice);
          })
        }
        onResume={() =>
          void updateSettings((s) => {
            s.pausedUntil = null;
          })
        }
      />
      <CurrentMessage
        findings={findings}
        onUse={(finding, rewrite) =>
          void targetTab().then((tab) =>
            tab === undefined
              ? false
              : sendMessage('applyRewrite', { ruleId: finding.ruleId, start: finding.start, rewrite }, tab),
          )
        }
      />
      <Scratchpad
        analyze={(text) => sendMessage('analyze', { text, options: analyzeOptionsFrom(settings) })}
      />
      <section aria-labelledby="why-title" class="why">
        <h2 id="why-title">Why</h2>
        <ul>
          <li>Speak from your own experience, not a diagnosis of theirs.</li>
          <li>Choose a calm moment.</li>
          <li>A boundary, not an ultimatum.</li>
          <li>Asking for help is not a crisis.</li>
        </ul>
      </section>
    </main>
  );
}
