import { useEffect, useState } from 'preact/hooks';
import { CurrentMessage } from '../../components/CurrentMessage';
import { PauseControl } from '../../components/PauseControl';
import { Scratchpad } from '../../components/Scratchpad';
import { SiteAccess } from '../../components/SiteAccess';
import { SiteToggle } from '../../components/SiteToggle';
import { MAX_REWRITES_ASKED, sendMessage } from '../../lib/protocol';
import {
  analyzeOptionsFrom,
  DEFAULT_SETTINGS,
  isDefaultSite,
  isSiteEnabled,
  pauseUntil,
  type Settings,
} from '../../lib/settings/schema';
import { readSettings, updateSettings, watchSettings } from '../../lib/settings/store';
import { patternHost, sitePattern } from '../../lib/sites';
import type { Finding } from '../../lib/types';
import { askedFor, askForSite, forgetAsked } from './ask-for-site';

/**
 * "Try a message" shows every rewrite at once, so it asks for them at once, by the same two steps as the
 * card (issue 12): the findings, then all their rewrites in one message (a long paste in a few). The same
 * work as one full analysis, and the background's analyze stays detection only for everyone.
 */
async function checkMessage(text: string, settings: Settings): Promise<Finding[]> {
  const options = analyzeOptionsFrom(settings);
  const findings = await sendMessage('analyze', { text, options });
  const lists: string[][] = [];
  for (let i = 0; i < findings.length; i += MAX_REWRITES_ASKED) {
    const at = findings.slice(i, i + MAX_REWRITES_ASKED).map(({ ruleId, start }) => ({ ruleId, start }));
    lists.push(...(await sendMessage('rewritesFor', { text, options, at })));
  }
  return findings.map((f, i) => ({ ...f, rewrites: lists[i] ?? [] }));
}

/** The tab the popup is about: ?tab=ID (opening the popup in a tab, and the tests), else the active tab. */
async function targetTab(): Promise<Browser.tabs.Tab | undefined> {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return browser.tabs.get(id);
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
}

/** The site of the tab the popup is about, and whether Softer may read it. */
interface SiteInfo {
  hostname: string;
  /** The pattern the browser would grant for it (`https://host/*`), null where none applies. */
  pattern: string | null;
  /** Softer runs there now (its content script answered), or may (built in, or granted). */
  allowed: boolean;
}

/**
 * Softer's content script on the page says which site it is; where none runs, the address the browser
 * shares after a click on Softer's button (activeTab) is used, and the browser says whether Softer holds
 * that site.
 */
async function targetSite(tab: Browser.tabs.Tab | undefined): Promise<SiteInfo | null> {
  try {
    if (tab?.id === undefined) return null;
    const fromPage = await sendMessage('hostname', undefined, tab.id).catch(() => null);
    const pattern = tab.url ? sitePattern(tab.url) : null;
    if (typeof fromPage === 'string' && fromPage !== '')
      return { hostname: fromPage, pattern, allowed: true };
    const hostname = pattern ? patternHost(pattern) : null;
    if (!pattern || !hostname) return null;
    const allowed =
      isDefaultSite(hostname) ||
      (await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
    return { hostname, pattern, allowed };
  } catch {
    return null;
  }
}

/** The popup: this site's switch, a pause, a scratchpad that works on any page, and the article's advice. */
export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [site, setSite] = useState<SiteInfo | null>(null);
  const [declined, setDeclined] = useState(false);
  const hostname = site?.hostname ?? null;
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  const [whole, setWhole] = useState<string | null>(null);

  useEffect(() => {
    void readSettings().then(({ settings: s }) => setSettings(s));
    // Looked up once; the site, the findings and "Use this" all speak to this tab.
    const tab = targetTab().catch(() => undefined);
    void tab.then((t) => setTabId(t?.id));
    void tab.then(targetSite).then(async (found) => {
      setSite(found);
      const asked = await askedFor().catch(() => null);
      if (asked === null) return;
      void forgetAsked().catch(() => undefined);
      if (found && asked === found.hostname && !found.allowed) setDeclined(true);
    });
    // Asked after first paint: the popup opens at once and fills this in.
    void tab
      .then((t) => (t?.id === undefined ? [] : sendMessage('currentFindings', undefined, t.id)))
      .then((found) => setFindings(Array.isArray(found) ? found : []))
      .catch(() => setFindings([]));
    // The whole message rewritten (issue 12), asked for once the popup is open.
    void tab
      .then((t) => (t?.id === undefined ? null : sendMessage('currentWhole', undefined, t.id)))
      .then((found) => setWhole(typeof found === 'string' && found !== '' ? found : null))
      .catch(() => setWhole(null));
    return watchSettings(({ settings: s }) => setSettings(s));
  }, []);

  return (
    <main class="popup">
      <header>
        <h1>Softer</h1>
        <p class="tagline">Gentler words, written on your device.</p>
      </header>
      {site && !site.allowed && site.pattern ? (
        <SiteAccess
          hostname={site.hostname}
          declined={declined}
          onTurnOn={() => {
            const pattern = site.pattern as string;
            setDeclined(false);
            // The popup may be closed by the time the browser answers (see askForSite).
            void askForSite(site.hostname, pattern)
              .then((granted) => {
                if (granted) setSite({ ...site, allowed: true });
                else setDeclined(true);
              })
              .catch(() => setDeclined(true));
          }}
        />
      ) : (
        <SiteToggle
          hostname={hostname}
          enabled={hostname !== null && isSiteEnabled({ ...settings, pausedUntil: null }, hostname)}
          onChange={(enabled) =>
            void updateSettings((s) => {
              if (hostname) s.sites[hostname] = { enabled };
            })
          }
        />
      )}
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
          void (tabId === undefined
            ? false
            : sendMessage('applyRewrite', { ruleId: finding.ruleId, start: finding.start, rewrite }, tabId))
        }
        whole={whole}
        onUseWhole={(rewritten) =>
          void (tabId === undefined ? false : sendMessage('applyWhole', { whole: rewritten }, tabId))
        }
      />
      <Scratchpad analyze={(text) => checkMessage(text, settings)} />
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
