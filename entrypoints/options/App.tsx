import { useEffect, useState } from 'preact/hooks';
import { SendPauseSettings } from '../../components/SendPauseSettings';
import { WeekChart } from '../../components/WeekChart';
import { CATEGORY_INFO } from '../../lib/categories';
import { sendMessage } from '../../lib/protocol';
import { emptyReflection, weekSummary } from '../../lib/send/reflection';
import { clearReflection, readReflection, watchReflection } from '../../lib/send/store';
import { DEFAULT_SETTINGS, isDefaultSite, type Settings } from '../../lib/settings/schema';
import { readSettings, settingsItem, updateSettings, watchSettings } from '../../lib/settings/store';
import { exportSettings, importSettings } from '../../lib/settings/transfer';
import { grantedSitePatterns } from '../../lib/site-access';
import { MESSAGING_HOSTS, patternFromInput, patternHost } from '../../lib/sites';
import { CATEGORIES, type Sensitivity } from '../../lib/types';

const SENSITIVITY: Record<Sensitivity, string> = {
  gentle: 'Gentle: only the clearest cases',
  balanced: 'Balanced',
  strict: 'Strict: everything Softer notices',
};

/**
 * The background writes the counts, so it clears them too, in turn with any count still being written
 * (lib/send/store.ts). Should the background not answer, the page clears them itself.
 */
function clearWeek(): void {
  sendMessage('clearReflection', undefined).catch(() => clearReflection());
}

/**
 * The options page: categories, sensitivity, the pause before sending and the week's picture, sites,
 * ignored phrases, export and import.
 */
export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [notice, setNotice] = useState('');
  const [siteInput, setSiteInput] = useState('');
  const [siteNotice, setSiteNotice] = useState('');
  // The weekly reflection (issue 14): counts only, read and watched like the settings.
  const [reflection, setReflection] = useState(emptyReflection);
  useEffect(() => {
    void readReflection().then(setReflection);
    return watchReflection(setReflection);
  }, []);

  useEffect(() => {
    void readSettings().then(({ settings: s, problems }) => {
      setSettings(s);
      if (problems.length > 0) {
        // Reported once: the repaired settings are written back.
        setNotice(`Some settings could not be read and were reset: ${problems.join(' ')}`);
        void settingsItem.setValue(s);
      }
    });
    return watchSettings(({ settings: s }) => setSettings(s));
  }, []);

  const change = (fn: (s: Settings) => void) => void updateSettings(fn);

  // Adding a site asks the browser for that one site; the background switches it on once granted.
  const addSite = () => {
    const pattern = patternFromInput(siteInput);
    const host = pattern ? patternHost(pattern) : null;
    if (!pattern || !host) {
      setSiteNotice(`“${siteInput.trim()}” isn’t a site address. Try one like notes.example.com.`);
      return;
    }
    if (isDefaultSite(host)) {
      change((s) => {
        s.sites[host] = { enabled: true };
      });
      setSiteNotice(`Softer runs on ${host} already; it is switched on.`);
      return;
    }
    void browser.permissions
      .request({ origins: [pattern] })
      .then((granted) => {
        if (granted) setSiteInput('');
        setSiteNotice(
          granted ? `Softer is on for ${host}.` : `You didn’t allow Softer on ${host}, so nothing changed.`,
        );
      })
      .catch(() => setSiteNotice(`Your browser did not let Softer ask for ${host}. Nothing changed.`));
  };
  // Removing a site gives its permission back to the browser, so Softer cannot read it at all.
  const removeSite = (host: string) => {
    change((s) => {
      delete s.sites[host];
    });
    void browser.permissions
      .remove({ origins: [`https://${host}/*`, `http://${host}/*`] })
      .catch(() => undefined);
  };
  const resetSites = () => {
    change((s) => {
      s.sites = {};
    });
    void browser.permissions
      .getAll()
      .then(({ origins = [] }) => {
        const added = grantedSitePatterns(origins);
        return added.length > 0 ? browser.permissions.remove({ origins: added }) : true;
      })
      .catch(() => undefined);
    setSiteNotice('Softer is back to the messaging sites only.');
  };
  const hosts = [...new Set([...MESSAGING_HOSTS, ...Object.keys(settings.sites)])];

  return (
    <main class="popup options">
      <h1>Softer settings</h1>
      {notice && (
        <p role="status" data-testid="softer-options-notice">
          {notice}
        </p>
      )}

      <section aria-labelledby="categories-title">
        <h2 id="categories-title">What to flag</h2>
        {CATEGORIES.map((category) => (
          <label key={category} class="row">
            <input
              type="checkbox"
              data-testid={`softer-category-${category}`}
              checked={!settings.disabledCategories.includes(category)}
              onChange={(e) =>
                change((s) => {
                  const on = (e.target as HTMLInputElement).checked;
                  s.disabledCategories = on
                    ? s.disabledCategories.filter((c) => c !== category)
                    : [...s.disabledCategories, category];
                })
              }
            />
            {CATEGORY_INFO[category].label}
          </label>
        ))}
      </section>

      <section aria-labelledby="sensitivity-title">
        <h2 id="sensitivity-title">Sensitivity</h2>
        {(Object.keys(SENSITIVITY) as Sensitivity[]).map((level) => (
          <label key={level} class="row">
            <input
              type="radio"
              name="sensitivity"
              checked={settings.sensitivity === level}
              onChange={() =>
                change((s) => {
                  s.sensitivity = level;
                })
              }
            />
            {SENSITIVITY[level]}
          </label>
        ))}
      </section>

      <SendPauseSettings
        sendPause={settings.sendPause}
        hosts={hosts}
        onChange={(fn) => change((s) => fn(s.sendPause))}
      />

      <WeekChart week={weekSummary(reflection, new Date())} onClear={clearWeek} />

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Sites</h2>
        <ul class="plain">
          {hosts.map((host) => {
            const on = settings.sites[host]?.enabled ?? MESSAGING_HOSTS.has(host);
            return (
              <li key={host} class="row">
                <label>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) =>
                      change((s) => {
                        s.sites[host] = { enabled: (e.target as HTMLInputElement).checked };
                      })
                    }
                  />
                  {host}
                </label>
                {!MESSAGING_HOSTS.has(host) && (
                  <button
                    type="button"
                    data-testid={`softer-remove-site-${host}`}
                    onClick={() => removeSite(host)}
                  >
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            addSite();
          }}
        >
          <label for="add-site">Add a site</label>
          <input
            id="add-site"
            data-testid="softer-add-site"
            placeholder="notes.example.com"
            value={siteInput}
            onInput={(e) => setSiteInput((e.target as HTMLInputElement).value)}
          />
          <button type="submit" data-testid="softer-add-site-submit">
            Add
          </button>
        </form>
        {siteNotice && (
          <p role="status" data-testid="softer-site-notice">
            {siteNotice}
          </p>
        )}
        <div class="row">
          <button type="button" onClick={resetSites}>
            Reset to defaults
          </button>
        </div>
      </section>

      <section aria-labelledby="ignored-title">
        <h2 id="ignored-title">Phrases you chose to ignore</h2>
        {settings.ignoredPhrases.length === 0 ? (
          <p>None yet. Use “Ignore” on a suggestion to add one.</p>
        ) : (
          <ul class="plain" data-testid="softer-ignored">
            {settings.ignoredPhrases.map((phrase) => (
              <li key={phrase} class="row">
                <span>“{phrase}”</span>
                <button
                  type="button"
                  onClick={() =>
                    change((s) => {
                      s.ignoredPhrases = s.ignoredPhrases.filter((p) => p !== phrase);
                    })
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="transfer-title">
        <h2 id="transfer-title">Export and import</h2>
        <div class="row">
          <button
            type="button"
            data-testid="softer-export"
            onClick={() => {
              const url = URL.createObjectURL(
                new Blob([exportSettings(settings)], { type: 'application/json' }),
              );
              const a = document.createElement('a');
              a.href = url;
              a.download = 'softer-settings.json';
              a.click();
              URL.revokeObjectURL(url);
            }}
          >
            Export settings
          </button>
          <label>
            Import settings{' '}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="softer-import"
              onChange={async (e) => {
                const file = (e.target as HTMLInputElement).files?.[0];
                if (!file) return;
                const result =
                  file.size > 1_000_000
                    ? {
                        ok: false as const,
                        message: 'This file is too large to be Softer settings. Nothing was changed.',
                      }
                    : importSettings(await file.text());
                if (!result.ok) {
                  setNotice(result.message);
                  return;
                }
                await settingsItem.setValue(result.settings);
                setNotice('Settings imported.');
              }}
            />
          </label>
        </div>
      </section>
    </main>
  );
}
